import Foundation
import TerminalTestSupport
import Testing

/// Commands run as a founder runs them from a shell: the built binary, its output and its exit
/// status.
struct CommandLineTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  struct Run {
    let output: String
    let errors: String
    let status: Int32
  }

  func run(_ arguments: [String], input: String = "") throws -> Run {
    let run = try ShellRun.advance(
      arguments, environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]), input: input)
    return Run(output: run.output, errors: run.errors, status: run.status)
  }

  func write(_ text: String, to name: String) throws -> String {
    let path = home.path + "/" + name
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func debriefFromAnAnswersFileScoresAndJournalsTheMeeting() throws {
    let answers = try write(
      """
      lead: Dana Reyes
      planned: an intro to their CFO
      notes: |
        They reconcile invoices by hand; it took 3 days last month.
        They built a spreadsheet macro for it last year.
      asked: an intro to the CFO
      reply: Sure, I'll introduce you to Maria, our CFO, on Tuesday at 10
      verdict: commitment
      currencies: reputation
      versus_plan: same
      next_step: Dana introduces me to Maria
      next_step_date: 2026-11-25

      """, to: "answers.yaml")
    let result = try run(["debrief", "--answers", answers])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("Scorecard  commitment"))
    #expect(result.output.contains("Advanced: yes — they committed in the reply"))
    let followups = try run(["followups"])
    #expect(followups.output.contains("2026-11-25  Dana Reyes  them   Dana introduces me to Maria"))
  }

  @Test func anAnswersFileNamingSeveralLeadsAddsNone() throws {
    func answers(lead: String) -> String {
      "lead: \(lead)\nplanned: a pilot\nnotes: x\nasked: a pilot\nreply: keep me posted\n"
        + "verdict: hedge\nversus_plan: nothing\nnext_step: I follow up\nnext_step_date: 2026-11-30\n"
    }
    for lead in ["Dana Reyes", "Dana Smith"] {
      let file = try write(answers(lead: lead), to: "\(lead).yaml")
      #expect(try run(["debrief", "--answers", file]).status == 0)
    }
    let result = try run(["debrief", "--answers", try write(answers(lead: "Dana"), to: "d.yaml")])
    #expect(result.status == 1)
    #expect(result.errors.contains("'Dana' matches several leads: Dana Reyes, Dana Smith"))
    let leads = try run(["leads"])
    // Still two leads: the ambiguous name added none.
    #expect(leads.output.split(separator: "\n").last?.hasPrefix("2 leads, ") == true)
  }

  @Test func aMistypedAnswerIdIsADiagnosticWithItsLine() throws {
    let answers = try write(
      "lead: Sam\nplanned: a pilot\nnotes: x\nasked: a pilot\nreploy: no thanks\n",
      to: "bad.yaml")
    let result = try run(["debrief", "--answers", answers])
    #expect(result.status == 1)
    #expect(result.errors.contains("\(answers):5:1: error: "))
    #expect(result.errors.contains("'reploy'"))
    #expect(result.errors.contains("did you mean 'reply'?"))
    // The answers' own text is never echoed back.
    #expect(!result.errors.contains("no thanks"))
  }

  @Test func checkPassesTheBundledFilesAndFailsABrokenOne() throws {
    let clean = try run(["check"])
    #expect(clean.status == 0, "\(clean.errors)")
    #expect(clean.output.hasPrefix("checked "))

    let broken = try write(
      "wizard: x\ntitle: t\nsteps:\n  - id: a\n    title: A\n    qustions: []\n", to: "p/x.yaml")
    let result = try run(["check", broken])
    #expect(result.status == 1)
    #expect(
      result.errors.contains(
        """
        \(broken):6:5: error: unknown key 'qustions' (did you mean 'questions'?)
            qustions: []
            ^
        """))
    #expect(result.errors.hasSuffix("error: checked 1 file: 2 errors, 0 warnings\n"))
  }

  @Test func aUserPromptOverridesTheBundledOneAndItsErrorsStopPrep() throws {
    _ = try write(
      "wizard: prep\ntitle: Mine\nsteps: []\nbogus: 1\n", to: "config/advance/prompts/prep.yaml")
    let result = try run(["prep", "Ada"])
    #expect(result.status == 1)
    #expect(
      result.errors.contains("/config/advance/prompts/prep.yaml:4:1: error: unknown key 'bogus'"))
  }

  @Test func interpretJSONHasDesignsKeys() throws {
    let result = try run(["interpret", "--json", "Sounds great, keep me posted"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == ["text", "verdict", "currencies", "strength", "signals", "reasons"])
    #expect(object["verdict"] as? String == "hedge")
    #expect((object["currencies"] as? [String])?.isEmpty == true)
  }

  @Test func interpretJSONLinesReadsOneReplyALine() throws {
    let result = try run(
      ["interpret", "--jsonl"],
      input:
        "let me think about it\nthanks, but this isn't for us\nsend me the contract, I'll sign it Friday\n"
    )
    let verdicts = try result.output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])[
        "verdict"]
        as? String
    }
    #expect(verdicts == ["hedge", "rejection", "commitment"])
  }

  @Test func scoreReadsNotesFromStandardInput() throws {
    let result = try run(
      ["score", "-"],
      input: """
        They said it was a great idea and they would definitely use it.
        Everyone always struggles with this.
        Reply: keep me posted

        """)
    #expect(result.status == 0)
    #expect(result.output.hasPrefix("Scorecard  hedge"))
    #expect(result.output.contains("Advanced: no — no next step"))
  }

  @Test func usageErrorsExitTwoAndJournalErrorsThree() throws {
    #expect(try run(["export", "--format", "xml"]).status == 2)
    #expect(try run(["--bogus"]).status == 2)
    let garbage = try write(String(repeating: "not a database\n", count: 300), to: "j.sqlite")
    let result = try run(["leads", "--journal", garbage])
    #expect(result.status == 3)
    #expect(result.errors.contains(garbage))
  }
}
