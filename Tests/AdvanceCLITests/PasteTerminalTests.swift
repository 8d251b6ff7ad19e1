import Foundation
import TerminalTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Pastes into the line editor, as a terminal sends them.
///
/// Marked as pasted (bracketed paste), large, several lines long, and cut short by Ctrl-C. How
/// long they take is measured by `StartupBench` (a printed ratio), not here.
@Suite(.serialized)
struct PasteTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func start(columns: UInt16 = 80) throws -> TerminalSession {
    try home.start(columns: columns)
  }

  @Test func theLineEditorAsksForBracketedPasteWhileEditingOnly() throws {
    let session = try start()
    #expect(session.rawOutput.contains("\u{1B}[?2004h"))
    session.type("version")
    session.press(.enter)
    try session.waitFor("advance 0.1.0\n")
    let afterLine = try #require(session.rawOutput.range(of: "advance 0.1.0\r\n"))
    #expect(session.rawOutput[..<afterLine.lowerBound].contains("\u{1B}[?2004l"))
    session.press(.controlD)
    #expect(try session.waitForExit() == 0)
    // The last line, ended by Ctrl-D, turned it off again: the shell gets a plain terminal.
    let output = session.rawOutput
    let lastOn = try #require(output.range(of: "\u{1B}[?2004h", options: .backwards))
    #expect(output[lastOn.upperBound...].contains("\u{1B}[?2004l"))
  }

  @Test func aMultiLinePasteIntoInterpretReadsTheWholeReply() throws {
    let session = try start()
    session.paste(
      "interpret Thanks for the demo, it looks great.\r"
        + "We'll sign the pilot contract on Friday and pay the first invoice.\r")
    try session.waitFor("first invoice")
    session.press(.enter)
    let screen = try session.waitFor("advance> ", count: 2)
    #expect(screen.contains("commitment  (strength"))
    #expect(screen.contains("costs them: money"))
    #expect(!screen.contains("unknown command"))
    #expect(!screen.contains("error:"))
  }

  @Test func aHundredKilobytePasteArrivesWhole() throws {
    let session = try start()
    let sentence = "we would like to think about it some more next quarter, "
    let body = String(repeating: sentence, count: 100_000 / sentence.count)
    session.paste("interpret " + body + "LASTWORD")
    session.type(" --json")
    session.press(.enter)
    let screen = try session.waitFor("advance> ", count: 2, timeout: 60)
    #expect(screen.contains("LASTWORD\""))
    #expect(screen.contains("\"verdict\""))
    #expect(!screen.contains("unknown command"))
    #expect(!screen.contains("error:"))
  }

  @Test(arguments: [true, false])
  func controlCInterruptsAPasteAndTheREPLGoesOn(bracketed: Bool) throws {
    let session = try start()
    let sentence = "and then they said they would get back to us about the pilot "
    let body = String(repeating: sentence, count: 300_000 / sentence.count)
    if bracketed {
      // A paste still arriving: its end marker has not come yet.
      session.type("interpret ")
      session.type("\u{1B}[200~" + String(body.prefix(2000)))
      session.paste(body, bracketed: false)
    } else {
      session.paste("interpret " + body, bracketed: false)
    }
    session.press(.controlC)
    try session.waitFor("^C", timeout: 30)
    try session.waitFor("advance> ", count: 2, timeout: 30)
    try session.waitForEditing()
    #expect(session.isRunning)
    session.type("version")
    session.press(.enter)
    let screen = try session.waitFor("advance 0.1.0\n", timeout: 30)
    #expect(!screen.contains("verdict"))
  }
}
