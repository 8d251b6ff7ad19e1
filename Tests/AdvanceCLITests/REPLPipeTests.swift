import Foundation
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The REPL reading from a pipe: no prompt, errors with line numbers, exit status 1 on failure.
struct REPLPipeTests {
  func run(_ lines: [String]) -> (output: String, errors: String, status: Int32) {
    var remaining = lines
    let reader = PipeLineReader { remaining.isEmpty ? nil : remaining.removeFirst() }
    let output = BufferSink()
    let errors = BufferSink()
    let context = CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: [:], options: CommandSettings())
    let status = REPL(context: context, reader: reader).run()
    return (output.text, errors.text, status)
  }

  @Test func helpAndQuitSucceed() {
    let result = run(["help", "quit", "bogus"])
    #expect(result.output.contains("Commands:"))
    #expect(!result.output.contains("advance>"))
    #expect(result.errors.isEmpty)
    #expect(result.status == 0)
  }

  @Test func errorsNameTheirLineAndTheStatusIsOne() {
    let result = run(["help", "", "bogus", "helo", "version"])
    #expect(
      result.errors == """
        error: line 3: not a command; type 'help' for the list
        error: line 4: not a command (did you mean 'help'?); type 'help' for the list

        """)
    #expect(result.output.hasSuffix("advance 0.1.0\n"))
    #expect(result.status == 1)
  }

  @Test func anOpenQuoteContinuesOnTheNextLine() {
    let result = run(["\"two", "lines\"", "quit"])
    #expect(result.errors == "error: line 2: not a command; type 'help' for the list\n")
  }

  @Test func anUnknownLineIsNeverRepeated() {
    // It may be a private note that reached the REPL: neither the word nor its controls.
    let result = run(["SECRET merger with Acme", "\u{0}abc\u{1B}[2J", "version"])
    #expect(
      result.errors
        == "error: line 1: not a command; type 'help' for the list\n"
        + "error: line 2: not a command; type 'help' for the list\n")
    #expect(result.output.hasSuffix("advance 0.1.0\n"))
  }

  @Test func aWizardThatFailsStopsTheScript() throws {
    let home = try TemporaryDirectory()
    let journal = home.path + "/journal.sqlite"
    try "not a journal at all, just text".write(toFile: journal, atomically: true, encoding: .utf8)
    let folder = home.path + "/exported"
    let result = try ShellRun.run(
      "exec \"$ADVANCE\"", environment: home.environment(["ADVANCE_JOURNAL": journal]),
      input: "debrief Dana\nSECRET they want to sell\nprompts export \(folder)\nversion\n")
    #expect(result.status != 0)
    #expect(result.errors.contains("error: line 1: "))
    #expect(result.errors.contains("the lines after it are not run either"))
    #expect(!result.errors.contains("SECRET"))
    #expect(!result.output.contains("SECRET"))
    #expect(!FileManager.default.fileExists(atPath: folder))
    #expect(!result.output.contains("advance 0.1.0"))
  }

  @Test func endOfInputInsideAQuoteIsAnError() {
    let result = run(["\"never closed"])
    #expect(result.errors == "error: line 1: unterminated quote at the end of input\n")
  }

  @Test func theBinaryReadsAPipe() throws {
    let binary = try AdvanceBinary.require()
    let home = try TemporaryDirectory()
    let script = "printf 'help\\nbogus\\nquit\\n' | \(binary) >\(home.path)/out 2>\(home.path)/err"
    let status = system("HOME=\(home.path) " + script)
    #expect(status >> 8 == 1)
    let errors = try String(contentsOfFile: home.path + "/err", encoding: .utf8)
    #expect(errors == "error: line 2: not a command; type 'help' for the list\n")
  }
}
