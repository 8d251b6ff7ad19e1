import Foundation
import TerminalTestSupport
import Testing

/// The end of a debrief at a pseudo-terminal: the founder confirms who owns each next step and,
/// when they read the reply differently from the judge, which reading stands.
@Suite(.serialized)
struct DebriefRecordTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  @Test func ownersAreConfirmedWithOneKeyAndTheFounderPicksTheVerdictThatStands() throws {
    let environment = home.environment(["ADVANCE_TODAY": "2026-12-01"])
    let session = try home.start(
      ["debrief", "Dana Reyes"], environment: environment, waitFor: "What commitment did you want")
    try session.answer("an intro to their CFO", thenWaitFor: "Your notes")
    try session.answer("They reconcile invoices by hand.", thenWaitFor: "\n· ")
    try session.answer(".", thenWaitFor: "What did you actually ask for?")
    try session.answer("an intro to the CFO", thenWaitFor: "What did they say")
    try session.answer(
      "Sounds great, send me a deck and I'll forward it to our CFO.",
      thenWaitFor: "commitment, a hedge or a no")
    try session.answer("commitment", thenWaitFor: "What did it cost them?")
    try session.answer("reputation", thenWaitFor: "you got:")
    try session.answer("same", thenWaitFor: "What happens next?")
    try session.answer("Send Dana the deck", thenWaitFor: "\n· ")
    try session.answer(
      "Dana gets back to me after talking to her boss", thenWaitFor: "\n· ", count: 2)
    // The judge's guesses, one line a step: the imperative is ours, the person who acts theirs.
    try session.answer(".", thenWaitFor: "2. them  Dana gets back to me after talking to her boss")
    var screen = session.text
    #expect(screen.contains("1. us    Send Dana the deck"), "\(screen)")
    // One key flips an owner; the list is shown again; Return keeps it.
    try session.answer("2", thenWaitFor: "2. us    Dana gets back")
    try session.answer("", thenWaitFor: "(yours, Return)")
    screen = session.text
    #expect(screen.contains("You read the reply as a commitment; the judge reads a hedge"))
    session.type("h")
    session.press(.enter)
    screen = try session.waitFor("Saved to your journal.")
    #expect(screen.contains("Advanced: no — every next step is your own homework"))
    #expect(try session.waitForExit() == 0)

    let shown = try ShellRun.advance(["show", "Dana Reyes", "--json"], environment: environment)
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    let meeting = try #require((story["meetings"] as? [[String: Any]])?.last)
    #expect(meeting["verdict"] as? String == "hedge")
    #expect(meeting["your_verdict"] as? String == "commitment")
    #expect(meeting["advanced"] as? Bool == false)
    let owners = (meeting["next_steps"] as? [[String: Any]])?.map { $0["owner"] as? String }
    #expect(owners == ["us", "us"])
  }
}
