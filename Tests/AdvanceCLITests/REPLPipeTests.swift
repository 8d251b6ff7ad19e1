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
        line 3: unknown command 'bogus'; type 'help' for the list
        line 4: unknown command 'helo' (did you mean 'help'?); type 'help' for the list

        """)
    #expect(result.output.hasSuffix("advance 0.1.0\n"))
    #expect(result.status == 1)
  }

  @Test func anOpenQuoteContinuesOnTheNextLine() {
    let result = run(["\"two", "lines\"", "quit"])
    #expect(result.errors == "line 2: unknown command 'two\nlines'; type 'help' for the list\n")
  }

  @Test func controlCharactersAreShownEscaped() {
    let result = run(["\u{0}abc\u{1B}[2J", "version"])
    #expect(
      result.errors == "line 1: unknown command '\\u{0}abc\\u{1b}[2J'; type 'help' for the list\n")
  }

  @Test func endOfInputInsideAQuoteIsAnError() {
    let result = run(["\"never closed"])
    #expect(result.errors == "line 1: unterminated quote at the end of input\n")
  }

  @Test func theBinaryReadsAPipe() throws {
    let binary = try #require(AdvanceBinary.path())
    let home = try TemporaryDirectory()
    let script = "printf 'help\\nbogus\\nquit\\n' | \(binary) >\(home.path)/out 2>\(home.path)/err"
    let status = system("HOME=\(home.path) " + script)
    #expect(status >> 8 == 1)
    let errors = try String(contentsOfFile: home.path + "/err", encoding: .utf8)
    #expect(errors == "line 2: unknown command 'bogus'; type 'help' for the list\n")
  }
}
