import Foundation
import TerminalTestSupport
import Testing

/// `debrief LEAD --edit` reopens the last debrief with every answer as its default, scores it
/// again and replaces it.
@Suite(.serialized)
struct DebriefEditTests {
  let home: TemporaryDirectory
  var environment: [String: String] { home.environment(["ADVANCE_TODAY": "2026-12-01"]) }

  init() throws {
    home = try TemporaryDirectory()
  }

  @Test func anEditedDebriefReplacesTheOldOneAndIsScoredAgain() throws {
    let file = home.path + "/jordan.yaml"
    try """
    lead: Jordan Park
    planned: a two-week pilot on their data
    notes: He loved the dashboard.
    asked: a two-week pilot on their own data
    reply: Sounds great, send me a deck and I'll forward it to our CFO.
    verdict: hedge
    next_steps: I send Jordan the deck
    """.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(
      try ShellRun.advance(["debrief", "--answers", file], environment: environment).status == 0)

    let session = try home.start(
      ["debrief", "Jordan Park", "--edit"], environment: environment,
      waitFor: "Return keeps: a two-week pilot on their data")
    try session.answer("", thenWaitFor: "He loved the dashboard.")
    try session.answer(".", thenWaitFor: "Return keeps: a two-week pilot on their own data")
    try session.answer("", thenWaitFor: "Return keeps: Sounds great")
    try session.answer(
      "Yes, book Tuesday 10am with me and our CFO.", thenWaitFor: "Return keeps: hedge")
    try session.answer("commitment", thenWaitFor: "What did it cost them?")
    try session.answer("time", thenWaitFor: "you got:")
    try session.answer("", thenWaitFor: "I send Jordan the deck\n› ")
    try session.answer(".", thenWaitFor: "who acts?")
    session.press(.enter)
    let screen = try session.waitFor("Saved to your journal.")
    #expect(screen.contains("Advanced: yes — they committed in the reply"))
    #expect(try session.waitForExit() == 0)

    let shown = try ShellRun.advance(["show", "Jordan Park", "--json"], environment: environment)
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    let meetings = try #require(story["meetings"] as? [[String: Any]])
    #expect(meetings.count == 1)
    #expect(meetings.first?["reply"] as? String == "Yes, book Tuesday 10am with me and our CFO.")
    #expect(meetings.first?["advanced"] as? Bool == true)
    #expect((meetings.first?["next_steps"] as? [Any])?.count == 1)
  }

  @Test func editingALeadWithoutADebriefSaysSo() throws {
    let run = try ShellRun.advance(["debrief", "Nobody", "--edit"], environment: environment)
    #expect(run.status != 0)
    #expect(run.errors.contains("Nobody"))
  }
}
