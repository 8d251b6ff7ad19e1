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
    try home.start(arguments, environment: ["ADVANCE_TODAY": "2026-11-23"], waitFor: marker)
  }

  @Test func prepInTheREPLWithTabAndBackToThePlan() throws {
    let session = try start([], waitFor: "advance> ")
    try session.answer("prep Dana", thenWaitFor: "Where are you with them?")
    // Tab completes a choice key.
    session.type("fi")
    session.press(.tab)
    // The choices show "first" already: wait for the completed line.
    try session.waitFor("› first")
    try session.answer("", thenWaitFor: "What should the ask cost them?")
    // Back to the first question: the answer is kept as the default.
    try session.answer(":back", thenWaitFor: "Where are you with them?", count: 2)
    try session.waitFor("Return keeps: first")
    try session.answer("", thenWaitFor: "What should the ask cost them?", count: 2)
    try session.answer("reputation", thenWaitFor: "exact words of your ask")
    try session.answer(
      "Could you introduce me to your CFO on Tuesday?",
      thenWaitFor: "smaller step")
    // A first conversation asks what they do about the problem today.
    try session.answer("A call with your ops lead next week", thenWaitFor: "problem today?")
    try session.answer("A spreadsheet, updated by hand", thenWaitFor: "one per line")
    try session.answer("When did you last close the books late?", thenWaitFor: "\n· ")
    try session.answer(".", thenWaitFor: "most need to find out")
    try session.answer("What they use today", thenWaitFor: "When in the meeting")
    try session.answer("", thenWaitFor: "out loud")
    try session.answer("yes", thenWaitFor: "pushback")
    try session.answer("Budget is frozen", thenWaitFor: "real yes sound like")
    try session.answer("Sure, here is her email", thenWaitFor: "hedge sound like")
    try session.answer("Let me think about it", thenWaitFor: "clear no sound like")
    try session.answer("Not a priority", thenWaitFor: "When is the meeting?")
    // The meeting's time, echoed with its weekday: it puts the meeting on `today`.
    try session.answer("thursday 2pm", thenWaitFor: "Thu 26 Nov 14:00, this week")
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
    let today = try ShellRun.advance(
      ["today"], environment: home.environment(["ADVANCE_TODAY": "2026-11-25"]))
    #expect(today.output.contains("  tomorrow 14:00: Dana, prepped\n"))
  }

  @Test func killedMidWizardLosesNoAnswerAndResumes() throws {
    let session = try start(["prep", "Sam"], waitFor: "Where are you with them?")
    try session.answer("follow-up", thenWaitFor: "What should the ask cost them?")
    try session.answer("time", thenWaitFor: "exact words of your ask")
    try session.answer("A 30 minute pilot review next Tuesday", thenWaitFor: "smaller step")
    session.type("typed but not entered")
    session.send(signal: SIGKILL)
    #expect(try session.waitForExit() == 128 + SIGKILL)

    let answers = try JournalSnapshotOfLead(journal: journalPath, lead: "Sam").answers
    #expect(answers["stage"] == "follow-up")
    #expect(answers["currency"] == "time")
    #expect(answers["ask"] == "A 30 minute pilot review next Tuesday")

    let again = try start(["prep", "Sam"], waitFor: "Resume it? [Y/n]")
    try again.answer("", thenWaitFor: "smaller step")
    #expect(again.text.contains("picking up where you left off"))
  }

  @Test func notesAreKeptLineByLineAcrossAKill() throws {
    let session = try start(["prep", "Ada"], waitFor: "Where are you with them?")
    try session.answer("first", thenWaitFor: "cost them")
    try session.answer("time", thenWaitFor: "exact words")
    try session.answer("A call on Friday at 3pm with your team lead", thenWaitFor: "smaller step")
    try session.answer("", thenWaitFor: "problem today?")
    try session.answer("", thenWaitFor: "one per line")
    // The notes' continuation prompt starts a line (step banners have a "·" too).
    try session.answer("When did this last go wrong?", thenWaitFor: "\n· ")
    try session.answer("What did you do about it?", thenWaitFor: "\n· ", count: 2)
    session.send(signal: SIGKILL)
    _ = try session.waitForExit()

    let again = try start(["prep", "Ada"], waitFor: "Resume it? [Y/n]")
    try again.answer("y", thenWaitFor: "your notes so far are kept")
    #expect(again.text.contains("When did this last go wrong?"))
    #expect(again.text.contains("What did you do about it?"))
  }
}
