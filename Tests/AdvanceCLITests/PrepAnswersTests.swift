import Foundation
import TerminalTestSupport
import Testing

/// `advance prep --answers FILE` run from a shell, as a script would: the plan, the grade of the
/// ask, the journal, and the messages and statuses `debrief --answers` gives.
struct PrepAnswersTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/data/advance/journal.sqlite" }

  func run(_ arguments: [String]) throws -> ShellRun {
    try ShellRun.advance(
      arguments, environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
  }

  func write(_ text: String, to name: String = "prep.yaml") throws -> String {
    let path = home.path + "/" + name
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static let ask =
    "Could you book 45 minutes with your ops lead next Tuesday to try it on last month's orders?"

  static let answers = """
    lead: Dana Reyes
    stage: first
    currency: time
    ask: \(ask)
    workaround: A spreadsheet Dana updates by hand every morning
    questions: |
      When did a late order last cost you a customer?
      What did you do about it?
    rehearsed: yes
    yes_sounds: Let me book Tuesday with Sam
    hedge_sounds: Send me a deck

    """

  @Test func aPrepFromAnAnswersFileIsPlannedGradedAndJournaled() throws {
    let result = try run(["prep", "--answers", try write(Self.answers)])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.contains("Plan for Dana Reyes\n  The ask (time):\n    \(Self.ask)\n"))
    #expect(
      result.output.contains(
        "  What they do about it today: A spreadsheet Dana updates by hand every morning\n"))
    // The grade, as the wizard shows it under the answer.
    let grade = try #require(result.output.range(of: "\nYour ask:\n  "))
    let mark = result.output[grade.upperBound...].prefix(8)
    #expect(["✓ grade ", "! grade ", "✗ grade "].contains(String(mark)), "\(result.output)")
    #expect(result.errors.isEmpty)

    let shown = try run(["show", "Dana Reyes", "--json"])
    #expect(shown.status == 0, "\(shown.errors)")
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    let meetings = try #require(story["meetings"] as? [[String: Any]])
    #expect(meetings.count == 1)
    let meeting = try #require(meetings.first)
    #expect(meeting["kind"] as? String == "prep")
    #expect(meeting["status"] as? String == "done")
    #expect(meeting["day"] as? String == "2026-11-23")
    #expect(meeting["planned_ask"] as? String == Self.ask)

    // Every answer is kept with the meeting, as the terminal wizard keeps them.
    let saved = try JournalSnapshotOfLead(journal: journalPath, lead: "Dana Reyes")
    #expect(saved.answers["stage"] == "first")
    #expect(saved.answers["workaround"] == "A spreadsheet Dana updates by hand every morning")
    #expect(
      saved.answers["questions"]
        == "When did a late order last cost you a customer?\nWhat did you do about it?")
    #expect(saved.answers["moment"] == "end")
    #expect(saved.answers.count == 10)
    #expect(!saved.hasDraft)
  }

  @Test func theLeadMayBeNamedOnTheCommandLine() throws {
    let answers = Self.answers.replacingOccurrences(of: "lead: Dana Reyes\n", with: "")
    let result = try run(["prep", "Sam", "Okafor", "--answers", try write(answers)])
    #expect(result.status == 0, "\(result.errors)")
    #expect(result.output.hasPrefix("Plan for Sam Okafor\n"))
    let shown = try run(["show", "Sam Okafor", "--json"])
    #expect(shown.output.contains("\"planned_ask\" : \"Could you book 45 minutes"))
  }

  @Test func aBrokenAnswersFileFailsAtItsLineAndColumn() throws {
    let list = try write("- lead\n- stage\n", to: "list.yaml")
    let notAMap = try run(["prep", "--answers", list])
    #expect(notAMap.status == 1)
    #expect(notAMap.errors == "error: \(list):1:1: expected a mapping, found a list\n")
    #expect(notAMap.output.isEmpty)

    let broken = try write("lead: Dana\nstage: [first\n", to: "broken.yaml")
    let syntax = try run(["prep", "--answers", broken])
    #expect(syntax.status == 1)
    #expect(
      syntax.errors == """
        \(broken):3:1: error: invalid YAML: did not find expected ',' or ']'
        \(broken):2:8: note: while parsing a flow sequence that starts here
        error: \(broken): cannot use these answers

        """)
    #expect(syntax.output.isEmpty)

    let mistyped = Self.answers.replacingOccurrences(of: "hedge_sounds:", with: "hedge_sound:")
      .replacingOccurrences(of: "stage: first", with: "stage: someday")
    let path = try write(mistyped, to: "mistyped.yaml")
    let result = try run(["prep", "--answers", path])
    #expect(result.status == 1)
    #expect(
      result.errors.contains(
        "\(path):2:8: error: invalid answer for 'stage': "), "\(result.errors)")
    #expect(
      result.errors.contains("\(path):11:1: error: 'hedge_sound' is not a question of 'prep'"))
    #expect(result.errors.contains("did you mean 'hedge_sounds'?"))
    #expect(result.errors.hasSuffix("error: \(path): the prep could not be completed\n"))
    // The answers' own text is never echoed back, and nothing reached the journal.
    #expect(!result.errors.contains("someday"))
    #expect(!result.errors.contains("Send me a deck"))
    #expect(try run(["leads"]).output.contains("Dana") == false)
  }

  @Test func aNameCloseToALeadsIsRefusedAsInADebrief() throws {
    #expect(try run(["lead", "Jordan", "--add", "--company", "Acme"]).status == 0)
    let answers = Self.answers.replacingOccurrences(of: "Dana Reyes", with: "Jordon")
    let path = try write(answers)
    let prep = try run(["prep", "--answers", path])
    #expect(prep.status == 1)
    #expect(
      prep.errors.hasSuffix(
        "error: no lead named 'Jordon'; did you mean 'Jordan'? Use the exact name, or add it "
          + "first with: advance lead 'Jordon' --add\n"))
    // Nothing was guessed: Jordan has no meeting, and no Jordon was added.
    let jordan = try run(["show", "Jordan", "--json"])
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(jordan.output.utf8)) as? [String: Any])
    #expect((story["meetings"] as? [Any])?.isEmpty == true)
    #expect(try run(["show", "Jordon"]).status == 1)

    // Added first, as the message says: then the prep goes through.
    #expect(try run(["lead", "Jordon", "--add"]).status == 0)
    let again = try run(["prep", "--answers", path])
    #expect(again.status == 0, "\(again.errors)")
    #expect(try run(["show", "Jordon", "--json"]).output.contains("\"kind\" : \"prep\""))
  }
}
