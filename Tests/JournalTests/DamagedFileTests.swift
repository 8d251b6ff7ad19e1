import Foundation
import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

@Suite struct DamagedFileTests {
  /// Opens `path` as a journal and returns the error, checking that neither the file nor its
  /// `-wal` and `-shm` companions were changed, created or removed.
  func openError(_ path: String) throws -> JournalError? {
    func contents() -> [Data?] {
      [path, path + "-wal", path + "-shm"].map { try? Data(contentsOf: URL(fileURLWithPath: $0)) }
    }
    let before = contents()
    #expect(before[0] != nil)
    let journal = JournalStore(path: path, busyTimeout: 0.2)
    var caught: JournalError?
    do {
      _ = try journal.leads()
    } catch {
      caught = error
    }
    journal.close()
    #expect(contents() == before, "the files are byte-identical")
    return caught
  }

  @Test(arguments: [16, 100, 4096, 100_000])
  func randomBytesAreNotADatabase(size: Int) throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(try openError(path) == .notADatabase(path: path))
  }

  @Test func aTextFileIsNotADatabase() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    try Data("my notes about Ada\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(try openError(path) == .notADatabase(path: path))
  }

  @Test(arguments: [0.5, 0.9])
  func aTruncatedJournalIsRefused(fraction: Double) throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    for index in 0..<300 {
      try journal.addLead(Lead(name: "Lead \(index)", company: String(repeating: "x", count: 200)))
    }
    journal.close()
    let url = URL(fileURLWithPath: journal.path)
    let data = try Data(contentsOf: url)
    #expect(data.count > 8192)
    try data.prefix(Int(Double(data.count) * fraction) / 4096 * 4096).write(to: url)
    #expect(try openError(journal.path) == .truncated(path: journal.path))
  }

  @Test func aJournalCutMidPageIsRefused() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.addLead(Lead(name: "Ada"))
    journal.close()
    let url = URL(fileURLWithPath: journal.path)
    try Data(contentsOf: url).dropLast(1000).write(to: url)
    #expect(try openError(journal.path) == .truncated(path: journal.path))
  }

  @Test func aForeignDatabaseIsNeverTouched() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    try sqlite(
      path,
      "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos VALUES (1, 'cat');"
    )
    #expect(try openError(path) == .foreign(path: path))
  }

  @Test func aForeignWALDatabaseIsNeverTouched() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    try sqlite(path, "PRAGMA journal_mode = WAL; CREATE TABLE notes (body TEXT);")
    #expect(try openError(path) == .foreign(path: path))
  }

  @Test func aNewerSchemaVersionIsRefused() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    try sqlite(
      journal.path,
      "PRAGMA journal_mode = DELETE; PRAGMA user_version = \(JournalStore.schemaVersion + 1);")
    let error = try openError(journal.path)
    #expect(
      error
        == .newerSchema(
          path: journal.path, found: JournalStore.schemaVersion + 1,
          supported: JournalStore.schemaVersion))
  }

  @Test func anUnknownMigrationIsRefused() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    try sqlite(
      journal.path,
      "PRAGMA journal_mode = DELETE; INSERT INTO grdb_migrations VALUES ('v9-from-the-future');")
    guard case .newerSchema = try openError(journal.path) else {
      Issue.record("expected newerSchema")
      return
    }
  }

  @Test func anUnknownMigrationInAWALJournalLeavesNoSideFiles() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    // As advance leaves a journal: in WAL mode, its -wal and -shm gone with the last connection.
    try sqlite(journal.path, "INSERT INTO grdb_migrations VALUES ('v9-from-the-future');")
    #expect(!FileManager.default.fileExists(atPath: journal.path + "-wal"))
    guard case .newerSchema = try openError(journal.path) else {
      Issue.record("expected newerSchema")
      return
    }
    for side in ["-wal", "-shm"] {
      #expect(!FileManager.default.fileExists(atPath: journal.path + side), "\(side)")
    }
  }

  @Test func aFolderIsCalledAFolder() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let journal = JournalStore(path: path, busyTimeout: 0.2)
    #expect(throws: JournalError.cannotOpen(path: path, reason: "it is a folder, not a file")) {
      _ = try journal.leads()
    }
  }

  @Test func aLockHeldPastTheTimeoutIsReportedAndNothingIsLost() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal(busyTimeout: 0.2)
    try journal.addLead(Lead(name: "Ada"))
    let other = try DatabaseQueue(path: journal.path)
    // Hold the write lock from another connection while the journal tries to write.
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      #expect(throws: JournalError.locked(path: journal.path, seconds: 0.2)) {
        try journal.addLead(Lead(name: "Grace"))
      }
      try db.execute(sql: "ROLLBACK")
    }
    try journal.addLead(Lead(name: "Grace"))
    #expect(try journal.leads().map(\.name) == ["Ada", "Grace"])
  }

  @Test(arguments: [
    (ResultCode.SQLITE_FULL, JournalError.writeFailed(path: "/j", reason: .diskFull)),
    (ResultCode.SQLITE_READONLY, JournalError.writeFailed(path: "/j", reason: .readOnly)),
    (ResultCode.SQLITE_IOERR, JournalError.writeFailed(path: "/j", reason: .ioError)),
    (ResultCode.SQLITE_BUSY, JournalError.locked(path: "/j", seconds: 5)),
    (ResultCode.SQLITE_CORRUPT, JournalError.corrupt(path: "/j")),
    (ResultCode.SQLITE_NOTADB, JournalError.notADatabase(path: "/j")),
  ])
  func sqliteFailuresMapToJournalErrors(code: ResultCode, expected: JournalError) {
    let error = DatabaseError(resultCode: code, message: "m", sql: "INSERT", arguments: ["secret"])
    #expect(JournalError.from(error, path: "/j", busyTimeout: 5) == expected)
  }

  @Test func descriptionsAreOneLineNameThePathAndKeepNotesPrivate() {
    let path = "/home/f/.local/share/advance/journal.sqlite"
    let errors: [JournalError] = [
      .notADatabase(path: path), .corrupt(path: path), .truncated(path: path),
      .foreign(path: path), .newerSchema(path: path, found: 3, supported: 2),
      .locked(path: path, seconds: 5), .writeFailed(path: path, reason: .diskFull),
      .cannotOpen(path: path, reason: "Permission denied"),
      .sqlite(path: path, code: 19, message: "CHECK constraint failed"),
    ]
    for error in errors {
      #expect(!error.description.contains("\n"))
      #expect(error.description.contains(path))
      #expect(error.path == path)
    }
    #expect(
      JournalError.writeFailed(path: path, reason: .diskFull).description.contains(
        "nothing saved before is lost"))
  }

  @Test func aFailedWriteNeverQuotesWhatWasTyped() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let secret = "my secret note about the CFO"
    do {
      try journal.recordAnswer(meeting: "no-such-meeting", question: "notes", value: secret)
      Issue.record("a dangling answer must be refused")
    } catch {
      #expect(!error.description.contains(secret))
      #expect(!String(reflecting: error).contains(secret))
    }
  }
}
