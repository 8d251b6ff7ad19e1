import Foundation
import TerminalTestSupport
import Testing

/// prep and debrief driven at a pseudo-terminal, as a founder would.
@Suite(.serialized)
struct WizardTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/data/advance/journal.sqlite" }

  func start(_ arguments: [String], waitFor marker: String) throws -> TerminalSession {
    let binary = try #require(AdvanceBinary.path(), "build the advance executable first")
    let session = try TerminalSession(
      executable: binary, arguments: arguments,
      environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
    try session.waitFor(marker)
    try session.waitForEditing()
    return session
  }

  /// Answers the question on screen once libedit is ready for it.
  func answer(_ session: TerminalSession, _ text: String, thenWaitFor next: String, count: Int = 1)
    throws
  {
    session.type(text)
    session.press(.enter)
    try session.waitFor(next, count: count)
    try session.waitForEditing()
  }

  @Test func prepInTheREPLWithTabAndBackToThePlan() throws {
    let session = try start([], waitFor: "advance> ")
    try answer(session, "prep Dana", thenWaitFor: "Where are you with them?")
    // Tab completes a choice key.
    session.type("fi")
    session.press(.tab)
    try session.waitFor("first")
    try answer(session, "", thenWaitFor: "What should the ask cost them?")
    // Back to the first question: the answer is kept as the default.
    try answer(session, ":back", thenWaitFor: "Where are you with them?", count: 2)
    try session.waitFor("Return keeps: first")
    try answer(session, "", thenWaitFor: "What should the ask cost them?", count: 2)
    try answer(session, "reputation", thenWaitFor: "exact words of your ask")
    try answer(
      session, "Could you introduce me to your CFO on Tuesday?",
      thenWaitFor: "smaller step")
    // A first conversation asks what they do about the problem today.
    try answer(session, "A call with your ops lead next week", thenWaitFor: "problem today?")
    try answer(session, "A spreadsheet, updated by hand", thenWaitFor: "one per line")
    try answer(session, "When did you last close the books late?", thenWaitFor: "\n· ")
    try answer(session, ".", thenWaitFor: "most need to find out")
    try answer(session, "What they use today", thenWaitFor: "When in the meeting")
    try answer(session, "", thenWaitFor: "out loud")
    try answer(session, "yes", thenWaitFor: "pushback")
    try answer(session, "Budget is frozen", thenWaitFor: "real yes sound like")
    try answer(session, "Sure, here is her email", thenWaitFor: "hedge sound like")
    try answer(session, "Let me think about it", thenWaitFor: "clear no sound like")
    session.type("Not a priority")
    session.press(.enter)
    let screen = try session.waitFor("Saved to your journal.")
    #expect(screen.contains("Plan for Dana"))
    // The ask was graded right under it, and the questions were checked.
    #expect(screen.contains("grade "))
    #expect(screen.contains("1. time\n"))
    #expect(screen.contains("Could you introduce me to your CFO on Tuesday?"))
    try session.waitFor("advance> ", count: 2)
    try session.waitForEditing()
    session.type("quit")
    session.press(.enter)
    #expect(try session.waitForExit() == 0)

    // Wizard answers are private: none of them reached the command history.
    let history = try String(
      contentsOfFile: home.path + "/state/advance/history", encoding: .utf8)
    #expect(history == "prep Dana\nquit\n")
  }

  @Test func killedMidWizardLosesNoAnswerAndResumes() throws {
    let session = try start(["prep", "Sam"], waitFor: "Where are you with them?")
    try answer(session, "follow-up", thenWaitFor: "What should the ask cost them?")
    try answer(session, "time", thenWaitFor: "exact words of your ask")
    try answer(session, "A 30 minute pilot review next Tuesday", thenWaitFor: "smaller step")
    session.type("typed but not entered")
    session.send(signal: SIGKILL)
    #expect(try session.waitForExit() == 128 + SIGKILL)

    let answers = try JournalSnapshotOfLead(journal: journalPath, lead: "Sam").answers
    #expect(answers["stage"] == "follow-up")
    #expect(answers["currency"] == "time")
    #expect(answers["ask"] == "A 30 minute pilot review next Tuesday")

    let again = try start(["prep", "Sam"], waitFor: "Resume it? [Y/n]")
    try answer(again, "", thenWaitFor: "smaller step")
    #expect(again.text.contains("picking up where you left off"))
  }

  @Test func notesAreKeptLineByLineAcrossAKill() throws {
    let session = try start(["prep", "Ada"], waitFor: "Where are you with them?")
    try answer(session, "first", thenWaitFor: "cost them")
    try answer(session, "time", thenWaitFor: "exact words")
    try answer(session, "A call on Friday at 3pm with your team lead", thenWaitFor: "smaller step")
    try answer(session, "", thenWaitFor: "problem today?")
    try answer(session, "", thenWaitFor: "one per line")
    // The notes' continuation prompt starts a line (step banners have a "·" too).
    try answer(session, "When did this last go wrong?", thenWaitFor: "\n· ")
    try answer(session, "What did you do about it?", thenWaitFor: "\n· ", count: 2)
    session.send(signal: SIGKILL)
    _ = try session.waitForExit()

    let again = try start(["prep", "Ada"], waitFor: "Resume it? [Y/n]")
    try answer(again, "y", thenWaitFor: "your notes so far are kept")
    #expect(again.text.contains("When did this last go wrong?"))
    #expect(again.text.contains("What did you do about it?"))
  }
}
