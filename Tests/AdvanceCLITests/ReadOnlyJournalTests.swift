import Foundation
import Journal
import TerminalTestSupport
import Testing

/// A journal on a disk mounted read-only (a backup, a snapshot): it can be read, and a write
/// fails with one `error:` line.
@Suite(.serialized, .enabled(if: SmallDisk.isAvailable, "needs a tmpfs the test may mount"))
struct ReadOnlyJournalTests {
  let home: TemporaryDirectory
  let disk: SmallDisk

  init() throws {
    home = try TemporaryDirectory()
    disk = try #require(SmallDisk(kilobytes: 2048))
  }

  func run(_ arguments: String) throws -> ShellRun {
    try ShellRun.run(
      "exec \"$ADVANCE\" " + arguments,
      environment: home.environment(["ADVANCE_JOURNAL": disk.path + "/journal.sqlite"]))
  }

  @Test(arguments: [false, true])
  func aReadOnlyJournalIsReadAndWritesFailClearly(withSideFiles: Bool) throws {
    #expect(try run("lead Dana --add --company Acme").status == 0)
    let journal = disk.path + "/journal.sqlite"
    if !withSideFiles {
      // As a journal is left once its last connection closed: checkpointed, then the file alone
      // (no -shm for SQLite to share it through, none that it could make).
      let store = JournalStore(path: journal)
      _ = try store.leads()
      store.close()
      // close() checkpointed every change into the file: the -wal holds nothing more.
      unlink(journal + "-wal")
      unlink(journal + "-shm")
    }
    #expect(disk.remount(readOnly: true))
    defer { disk.remount(readOnly: false) }
    let leads = try run("leads")
    #expect(leads.status == 0, "\(leads.errors)")
    #expect(leads.output.contains("Dana (Acme)"))
    #expect(try run("show Dana").status == 0)
    let add = try run("lead Eve --add")
    #expect(add.status != 0)
    #expect(add.errors.hasPrefix("error: "))
    #expect(add.errors.contains("read-only"))
    #expect(add.errors.split(separator: "\n").count == 1)
  }
}
