import Foundation
import Journal
import TerminalTestSupport
import Testing

/// Control characters in a lead's name, a reply, notes and a step reach the terminal and the
/// exports shown, never executed: ESC is `^[`, BEL `^G`, a C1 CSI `\u{9B}`.
struct TerminalInjectionTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  /// The control characters in `text` that would act: all but newline, tab and CR before LF.
  static func rawControls(_ text: String) -> [UInt32] {
    let scalars = Array(text.unicodeScalars)
    return scalars.enumerated().compactMap { index, scalar in
      let value = scalar.value
      guard value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      else { return nil }
      if scalar == "\n" || scalar == "\t" { return nil }
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { return nil }
      return value
    }
  }

  func run(_ arguments: String) throws -> ShellRun {
    try ShellRun.run(
      "exec \"$ADVANCE\" " + arguments,
      environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
  }

  @Test func controlCharactersFromDataAreShownNotExecuted() throws {
    // YAML's double-quoted escapes: \e is ESC, \a BEL, \x9b the one-byte CSI.
    let answers = """
      lead: "Eve\\e]0;pwned\\a Corp"
      planned: "an intro\\e[2J"
      notes: "They said\\e]52;c;SGVsbG8=\\a it hurts\\nsecond line\\x9b31m\\u202e"
      asked: an intro to the CFO
      reply: "Sure, I'll introduce you to Maria\\e[31m on Tuesday at 10\\rgone"
      verdict: commitment
      currencies: reputation
      versus_plan: same
      next_step: "Eve\\e[8m introduces me to Maria"
      next_step_date: 2026-11-25

      """
    let file = home.path + "/answers.yaml"
    try answers.write(toFile: file, atomically: true, encoding: .utf8)
    let debrief = try run("debrief --answers '\(file)'")
    #expect(debrief.status == 0, "\(debrief.errors)")
    #expect(debrief.output.contains("Debrief: Eve^[]0;pwned^G Corp"))
    var outputs = ["debrief": debrief.output]
    for command in [
      "leads", "followups", "show Eve", "export --format md", "export --format csv",
      "export --format csv-leads",
      "export --format csv-commitments", "export --format ics",
    ] {
      let result = try run(command)
      #expect(result.status == 0, "\(command): \(result.errors)")
      outputs[command] = result.output
    }
    for (command, output) in outputs {
      #expect(Self.rawControls(output) == [], "\(command)")
      #expect(output.contains("^["), "\(command)")
    }
    #expect(outputs["show Eve"]?.contains("Maria^[[31m on Tuesday at 10^Mgone") == true)
    #expect(outputs["export --format md"]?.contains("second line\\u{9B}31m\\u{202E}") == true)
    // JSON keeps the text exactly, escaped as JSON does: importing it gives the same bytes back.
    let json = try run("export --format json")
    #expect(Self.rawControls(json.output) == [])
    #expect(json.output.contains("Eve\\u001b]0;pwned\\u0007 Corp"))
  }

  @Test func aWizardShowsTypedControlCharactersVisibly() throws {
    // Typed (or pasted) into a wizard in a pipe, then shown by :show, on quitting, on resuming.
    let input = "Eve\u{1B}]0;x\u{07} Corp\nan intro\u{1B}[2J\n:show\n:quit\n"
    let first = try ShellRun.run(
      "\"$ADVANCE\" debrief 2>&1", environment: home.environment(), input: input)
    #expect(first.output.contains("Eve^[]0;x^G Corp"))
    #expect(first.output.contains("an intro^[[2J"))
    let resumed = try ShellRun.run(
      "\"$ADVANCE\" debrief Eve 2>&1", environment: home.environment(), input: "y\n:show\n:quit\n")
    #expect(resumed.output.contains("unfinished debrief for Eve^[]0;x^G Corp"))
    for output in [first.output, resumed.output] {
      #expect(Self.rawControls(output) == [])
    }
  }

  @Test(arguments: [
    ("plain text stays", "plain — text ✓", "plain — text ✓", "plain — text ✓"),
    ("ESC and BEL", "a\u{1B}]0;x\u{07}b", "a^[]0;x^Gb", "a^[]0;x^Gb"),
    ("C1 and DEL", "a\u{9B}1m\u{7F}", "a\\u{9B}1m^?", "a\\u{9B}1m^?"),
    (
      "line breaks", "one\ntwo\tthree\r\nfour\rfive", "one^Jtwo^Ithree^M^Jfour^Mfive",
      "one\ntwo\tthree\r\nfour^Mfive"
    ),
    ("bidi override", "abc\u{202E}def", "abc\\u{202E}def", "abc\\u{202E}def"),
  ])
  func visibleTextShowsControls(name: String, raw: String, line: String, block: String) {
    #expect(VisibleText.of(raw) == line, "\(name)")
    #expect(VisibleText.of(raw, layout: .block) == block, "\(name)")
  }
}
