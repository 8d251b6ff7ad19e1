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

  func answer(_ session: TerminalSession, _ text: String, thenWaitFor next: String, count: Int = 1)
    throws
  {
    session.type(text)
    session.press(.enter)
    try session.waitFor(next, count: count)
    try session.waitForEditing()
  }

  @Test func ownersAreConfirmedWithOneKeyAndTheFounderPicksTheVerdictThatStands() throws {
    let binary = try #require(AdvanceBinary.path(), "build the advance executable first")
    let environment = home.environment(["ADVANCE_TODAY": "2026-12-01"])
    let session = try TerminalSession(
      executable: binary, arguments: ["debrief", "Dana Reyes"], environment: environment)
    try session.waitFor("What commitment did you want")
    try session.waitForEditing()
    try answer(session, "an intro to their CFO", thenWaitFor: "Your notes")
    try answer(session, "They reconcile invoices by hand.", thenWaitFor: "\n· ")
    try answer(session, ".", thenWaitFor: "What did you actually ask for?")
    try answer(session, "an intro to the CFO", thenWaitFor: "What did they say")
    try answer(
      session, "Sounds great, send me a deck and I'll forward it to our CFO.",
      thenWaitFor: "commitment, a hedge or a no")
    try answer(session, "commitment", thenWaitFor: "What did it cost them?")
    try answer(session, "reputation", thenWaitFor: "you got:")
    try answer(session, "same", thenWaitFor: "What happens next?")
    try answer(session, "Send Dana the deck", thenWaitFor: "\n· ")
    try answer(
      session, "Dana gets back to me after talking to her boss", thenWaitFor: "\n· ", count: 2)
    // The judge's guesses, one line a step: the imperative is ours, the person who acts theirs.
    try answer(session, ".", thenWaitFor: "2. them  Dana gets back to me after talking to her boss")
    var screen = session.text
    #expect(screen.contains("1. us    Send Dana the deck"), "\(screen)")
    // One key flips an owner; the list is shown again; Return keeps it.
    try answer(session, "2", thenWaitFor: "2. us    Dana gets back")
    try answer(session, "", thenWaitFor: "(yours, Return)")
    screen = session.text
    #expect(screen.contains("You called it a commitment; the judge reads a hedge"))
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
