import Diagnostics
import Foundation
import PromptKit
import TerminalTestSupport
import Testing

/// A wizard whose journal sits on a disk that fills up mid-meeting.
@Suite(.serialized, .enabled(if: SmallDisk.isAvailable, "needs a tmpfs the test may mount"))
struct FullDiskTests {
  let home: TemporaryDirectory
  let disk: SmallDisk

  init() throws {
    home = try TemporaryDirectory()
    disk = try #require(SmallDisk(kilobytes: 1024))
  }

  var journalPath: String { disk.path + "/journal.sqlite" }

  func start(_ arguments: [String]) throws -> TerminalSession {
    try home.start(
      arguments,
      environment: [
        "ADVANCE_TODAY": "2026-11-23", "ADVANCE_JOURNAL": journalPath, "TMPDIR": home.path,
      ], waitFor: "Where are you with them?")
  }

  func answers(lead: String) throws -> [String: String] {
    try JournalSnapshotOfLead(journal: journalPath, lead: lead).answers
  }

  @Test func answersTypedWhileTheDiskIsFullAreSavedOnceThereIsRoom() throws {
    let session = try start(["prep", "Lee"])
    try session.answer("first", thenWaitFor: "What should the ask cost them?")
    disk.fill()
    try session.answer("time", thenWaitFor: "exact words of your ask")
    let screen = session.text
    #expect(screen.contains("the disk is full"))
    #expect(screen.contains("your answers are kept here"))
    // Said once, not after every answer.
    try session.answer("A pilot review next Tuesday at 10", thenWaitFor: "smaller step")
    #expect(session.text.components(separatedBy: "the disk is full").count == 2)
    disk.free()
    try session.answer("", thenWaitFor: "problem today?")
    #expect(session.text.contains("Saved: the journal has taken every answer so far."))
    session.send(signal: SIGKILL)
    _ = try session.waitForExit()

    let saved = try answers(lead: "Lee")
    #expect(saved["stage"] == "first")
    #expect(saved["currency"] == "time")
    #expect(saved["ask"] == "A pilot review next Tuesday at 10")
  }

  @Test func answersTheJournalNeverTookGoToAPrivateRescueFile() throws {
    let session = try start(["prep", "Kim"])
    try session.answer("follow-up", thenWaitFor: "What should the ask cost them?")
    disk.fill()
    try session.answer("money", thenWaitFor: "exact words of your ask")
    try session.answer("Would you pay: $500 for a \"pilot\"?", thenWaitFor: "smaller step")
    session.type(":quit")
    session.press(.enter)
    #expect(try session.waitForExit() == 3)
    let screen = session.text
    #expect(screen.contains("could not write journal \(journalPath): the disk is full"))
    let rescues = try FileManager.default.contentsOfDirectory(atPath: home.path)
      .filter { $0.hasPrefix("advance-prep-") && $0.hasSuffix(".yaml") }
    #expect(rescues.count == 1)
    let rescue = home.path + "/" + (rescues.first ?? "")
    #expect(screen.contains("your answers are in \(rescue)"))
    let mode = try FileManager.default.attributesOfItem(atPath: rescue)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    // The rescue file reads back as an answers file holding every answer.
    let file = try #require(AnswersFile.load(path: rescue, into: DiagnosticBag()))
    #expect(file.entries.map(\.id) == ["lead", "stage", "currency", "ask"])
    #expect(file["currency"]?.value == "money")
    #expect(file["ask"]?.value == "Would you pay: $500 for a \"pilot\"?")

    // What was saved before the disk filled is still there, and the journal is whole.
    disk.free()
    let saved = try answers(lead: "Kim")
    #expect(saved["stage"] == "follow-up")
  }
}
