import Foundation
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

/// Issue 14's smaller items: history saved by several REPLs at once, a wizard ended before its
/// first answer, and a long reply's repeated reasons.
@Suite struct HardeningRoundTwoTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  @Test func historySavedFromSeveralWritersAtOnceLosesNoLine() throws {
    let history = HistoryFile(path: home.path + "/state/advance/history")
    // Four writers, each with its own file descriptors, as four REPLs would have.
    DispatchQueue.concurrentPerform(iterations: 4) { writer in
      for line in 0..<25 {
        try? history.record("version \(writer)-\(line)")
      }
    }
    let entries = try history.load().entries
    #expect(entries.count == 100)
    #expect(Set(entries).count == 100)
  }

  @Test(arguments: ["prep", "debrief"])
  func aWizardEndedBeforeItsFirstAnswerAddsNoLead(wizard: String) throws {
    let environment = home.environment(["ADVANCE_TODAY": "2026-11-23"])
    let ended = try ShellRun.run(
      "exec \"$ADVANCE\" \(wizard) Newcomer", environment: environment, input: "")
    #expect(ended.status == 1)
    #expect(ended.output.contains("Nothing was answered, so Newcomer was not added."))
    let leads = try ShellRun.run("exec \"$ADVANCE\" leads --json", environment: environment)
    #expect(!leads.output.contains("Newcomer"), "\(leads.output)")
    // A lead that was there stays, and one answer is enough to keep a new one.
    let answered = try ShellRun.run(
      "exec \"$ADVANCE\" \(wizard) Keeper", environment: environment, input: "first\n")
    #expect(answered.status == 1)
    let after = try ShellRun.run("exec \"$ADVANCE\" leads --json", environment: environment)
    #expect(after.output.contains("Keeper"))
  }

  @Test func aLongReplyGivesEachReasonOnce() throws {
    let reply = String(repeating: "We will pay the invoice. ", count: 40)
    let result = try ShellRun.run(
      "exec \"$ADVANCE\" interpret", environment: home.environment(), input: reply)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.count < 15, "\(result.output)")
    #expect(Set(lines).count == lines.count)
    #expect(result.output.contains("(×40)"))
  }

  @Test func groupingCountsRepeatsInFirstSeenOrder() {
    #expect(ScoringPresenter.grouped(["a", "b", "a", "c", "a"]) == ["a (×3)", "b", "c"])
  }

  @Test func checkRefusesTheAttacksLexiconAtItsLineAndInterpretWillNotUseIt() throws {
    let folder = home.path + "/prompts/lexicon"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/reply.yaml"
    let phrase = Array(repeating: "we", count: 20_000).joined(separator: " ")
    try
      "groups:\n  big:\n    role: commit\n    currencies: [money]\n    phrases:\n      - \(phrase)\n"
      .write(toFile: file, atomically: true, encoding: .utf8)
    let check = try ShellRun.run(
      "exec \"$ADVANCE\" check '\(file)'", environment: home.environment())
    #expect(check.status == 1)
    #expect(
      check.errors.contains("\(file):6:9: error: phrase of 59999 characters; the limit is 200"))
    // From a file, as a reader that refuses at once never reads it (a pipe would break).
    let reply = home.path + "/reply.txt"
    try (String(repeating: "we ", count: 40_000) + "will pay the invoice")
      .write(toFile: reply, atomically: true, encoding: .utf8)
    let reading = try ShellRun.run(
      "exec \"$ADVANCE\" interpret --prompts '\(home.path)/prompts' < '\(reply)'",
      environment: home.environment())
    #expect(reading.status == 1)
    #expect(reading.errors.contains("the scoring lexicon has errors"))
  }
}
