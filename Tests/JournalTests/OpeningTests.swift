import Foundation
import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Serialized: the umask is process-wide.
@Suite(.serialized) struct OpeningTests {
  @Test func creatingAJournalTouchesNothing() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/later/journal.sqlite"
    _ = JournalStore(path: path)
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/later"))
  }

  @Test(arguments: [0o022, 0o000, 0o077])
  func folderAndFilesArePrivateWhateverTheUmask(mask: Int) throws {
    let folder = try TemporaryDirectory()
    let previous = umask(mode_t(mask))
    defer { umask(previous) }
    let path = folder.path + "/a/b/journal.sqlite"
    let journal = JournalStore(path: path)
    try journal.addLead(Lead(name: "Ada"))
    #expect(try permissions(folder.path + "/a") == 0o700)
    #expect(try permissions(folder.path + "/a/b") == 0o700)
    for file in [path, path + "-wal", path + "-shm"] {
      #expect(FileManager.default.fileExists(atPath: file), "\(file) exists while open")
      #expect(try permissions(file) == 0o600, "\(file)")
    }
    journal.close()
  }

  @Test func anExistingSharedFolderKeepsItsPermissions() throws {
    let folder = try TemporaryDirectory()
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
    let journal = try folder.journal()
    #expect(try permissions(folder.path) == 0o755)
    #expect(try permissions(journal.path) == 0o600)
  }

  @Test func aSymlinkedJournalsSideFilesArePrivateWhereItReallyLives() throws {
    let folder = try TemporaryDirectory()
    let real = folder.path + "/real/journal.sqlite"
    // Another process has the journal open (or was killed with it open): its side files exist,
    // made readable by others (a sync tool, an old umask, another program).
    let other = JournalStore(path: real)
    try other.addLead(Lead(name: "Ada"))
    defer { other.close() }
    for file in [real, real + "-wal", real + "-shm"] {
      try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)
    }
    try FileManager.default.createDirectory(
      atPath: folder.path + "/link", withIntermediateDirectories: true)
    let link = folder.path + "/link/journal.sqlite"
    #expect(symlink(real, link) == 0)
    let journal = JournalStore(path: link)
    try journal.addLead(Lead(name: "Grace"))
    for file in [real, real + "-wal", real + "-shm"] {
      #expect(FileManager.default.fileExists(atPath: file), "\(file) exists while open")
      #expect(try permissions(file) == 0o600, "\(file)")
    }
    journal.close()
  }

  @Test func looseFilePermissionsAreTightenedOnOpen() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: journal.path)
    try journal.open()
    #expect(try permissions(journal.path) == 0o600)
  }

  @Test func usesWriteAheadLoggingAndABusyTimeout() throws {
    let folder = try TemporaryDirectory()
    _ = try folder.journal()
    #expect(try sqlite(folder.path + "/journal.sqlite", "PRAGMA journal_mode") == "wal\n")
  }

  @Test func migratesAnEmptyFileToTheLatestVersion() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    #expect(try sqlite(journal.path, "PRAGMA user_version") == "\(JournalStore.schemaVersion)\n")
    #expect(try sqlite(journal.path, "PRAGMA application_id") == "1094997571\n")
  }

  @Test func anEmptyExistingFileIsInitialised() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    let journal = JournalStore(path: path)
    try journal.addLead(Lead(name: "Ada"))
    #expect(try journal.leads().map(\.name) == ["Ada"])
  }

  @Test func reopeningKeepsData() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada", company: "Analytical", tags: ["warm"]))
    journal.close()
    let again = JournalStore(path: journal.path)
    #expect(try again.lead(id: lead.id) == lead)
  }
}
