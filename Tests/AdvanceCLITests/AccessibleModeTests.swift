import Foundation
import TerminalTestSupport
import Testing

/// Accessible mode (`--accessible`, `ADVANCE_ACCESSIBLE=1`) at a real terminal: plain lines a
/// screen reader reads as a conversation, and not one byte of an escape sequence.
@Suite(.serialized)
struct AccessibleModeTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
    let answers = home.path + "/dana.yaml"
    try """
    lead: Dana Reyes
    notes: They reconcile 300 invoices a month by hand.
    asked: a paid pilot from January
    reply: Yes, I'll sign the pilot agreement by the 14th.
    next_steps: I send the agreement today

    """.write(toFile: answers, atomically: true, encoding: .utf8)
    let run = try ShellRun.advance(
      ["debrief", "--answers", answers],
      environment: home.environment(["ADVANCE_TODAY": "2026-12-02"]))
    #expect(run.status == 0, "\(run.errors)")
  }

  func session(_ arguments: [String], _ extra: [String: String]) throws -> TerminalSession {
    let binary = try AdvanceBinary.require()
    return try TerminalSession(
      executable: binary, arguments: arguments,
      environment: home.environment(["ADVANCE_TODAY": "2026-12-02"].merging(extra) { $1 }))
  }

  /// Every byte the program wrote, checked for ESC (and the CSI byte 0x9B).
  func expectNoEscape(_ session: TerminalSession) {
    let bytes = Array(session.rawOutput.utf8)
    #expect(!bytes.contains(0x1B), "an escape byte in: \(session.rawOutput)")
    #expect(!session.rawOutput.unicodeScalars.contains("\u{9B}"))
  }

  @Test(arguments: [
    (["--accessible"], [String: String]()), ([], ["ADVANCE_ACCESSIBLE": "1"]),
  ])
  func theREPLAndAWizardWriteNoEscapeSequence(arguments: [String], extra: [String: String]) throws {
    let session = try session(arguments, extra)
    // The banner and every prompt are lines of their own.
    try session.waitFor("To do: due: 1 of yours\nadvance>\n")
    for command in ["today", "leads", "review", "search invoices", "help"] {
      session.type(command + "\n")
      try session.waitFor("advance>\n", count: 2)
      session.pump(for: 0.1)
    }
    session.type("prep Sam\n")
    // Choices are numbered lines; a number picks one.
    try session.waitFor("  1. first")
    try session.waitFor("Where are you with them?")
    session.type("2\n")
    try session.waitFor("What should the ask cost them?")
    session.type(":quit\n")
    try session.waitFor("advance>\n", count: 7)
    session.type("quit\n")
    #expect(try session.waitForExit() == 0)
    #expect(session.text.contains("Review of Thu 26 Nov – Wed 2 Dec\n"))
    #expect(
      session.text.contains("Meetings held: 0; before: 1\n")
        || session.text.contains("Meetings held: 1; before: 0\n"))
    expectNoEscape(session)
  }

  @Test func commandsFromTheShellWriteNoEscapeSequenceEither() throws {
    for command in [["today"], ["leads"], ["review"], ["show", "Dana Reyes"], ["followups"]] {
      let session = try session(command + ["--accessible"], [:])
      if command == ["followups"] {
        // At a terminal it offers to mark a step: a plain line, answered on the next.
        try session.waitFor("or Enter to finish>\n")
        session.type("\n")
      }
      _ = try session.waitForExit()
      #expect(!session.rawOutput.isEmpty)
      expectNoEscape(session)
    }
  }
}
