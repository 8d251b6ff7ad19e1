import Diagnostics
import Foundation
import Testing

@testable import PromptKit

// The engine echoes date answers and questions dates already past (Tuesday 2026-12-01 10:00).

private let dates = """
  title: Dates
  steps:
    - id: one
      title: One
      questions:
        - id: due
          ask: When is it due?
          type: date
        - id: note
          ask: Anything else?
          required: false
  summary: "{due}"
  """

private func engine() throws -> WizardEngine {
  WizardEngine(script: try loadScript(dates), context: Fixtures.tuesday)
}

private func rejections(_ events: [WizardEvent]) -> [String] {
  events.compactMap { if case .rejected(let reason) = $0 { reason } else { nil } }
}

@Test func anAcceptedDateIsEchoedWithItsWeekday() throws {
  var wizard = try engine()
  _ = wizard.start()
  let events = wizard.send("next friday")
  #expect(
    events.first == .feedback(questionID: "due", CheckFeedback(.good, ["Fri 11 Dec, next week"])))
  #expect(events.askedID == "note")
  #expect(wizard.state.answers["due"] == "2026-12-11")
}

@Test func aPastDateIsQuestionedOnceThenKept() throws {
  var wizard = try engine()
  _ = wizard.start()
  let first = wizard.send("Nov 30")
  #expect(
    rejections(first) == [
      "Mon 30 Nov is already past: type it again to keep it, or give another date"
    ])
  #expect(first.askedID == "due")
  #expect(wizard.state.answers["due"] == nil)
  // The same date, written another way, keeps it.
  let second = wizard.send("yesterday")
  #expect(rejections(second).isEmpty)
  #expect(
    second.first == .feedback(questionID: "due", CheckFeedback(.good, ["Mon 30 Nov, yesterday"])))
  #expect(second.askedID == "note")
  #expect(wizard.state.answers["due"] == "2026-11-30")
  #expect(wizard.state.questionedAnswer == nil)
}

@Test func anotherDateAfterTheQuestionIsReadAfresh() throws {
  var wizard = try engine()
  _ = wizard.start()
  _ = wizard.send("9am")
  // A different past date is questioned in its turn; a future one is simply taken.
  #expect(
    rejections(wizard.send("Nov 27")) == [
      "Fri 27 Nov is already past: type it again to keep it, or give another date"
    ])
  #expect(wizard.send("tomorrow").askedID == "note")
  #expect(wizard.state.answers["due"] == "2026-12-02")
}

@Test func aTimeAlreadyGoneTodayIsQuestioned() throws {
  var wizard = try engine()
  _ = wizard.start()
  #expect(
    rejections(wizard.send("9am")) == [
      "Tue 1 Dec 09:00 is already past: type it again to keep it, or give another date"
    ])
  #expect(wizard.send("9am").askedID == "note")
  #expect(wizard.state.answers["due"] == "2026-12-01T09:00")
}

@Test func returnKeepsAnEarlierPastDateWithoutAsking() throws {
  var wizard = try engine()
  _ = wizard.start()
  _ = wizard.send("Nov 30")
  _ = wizard.send("Nov 30")
  #expect(wizard.send(":back").askedID == "due")
  let kept = wizard.send("")
  #expect(rejections(kept).isEmpty)
  #expect(kept.askedID == "note")
  #expect(wizard.state.answers["due"] == "2026-11-30")
}

@Test func theQuestionSurvivesADraft() throws {
  var wizard = try engine()
  _ = wizard.start()
  _ = wizard.send("Nov 30")
  let data = try JSONEncoder().encode(wizard.state)
  let draft = try JSONDecoder().decode(WizardState.self, from: data)
  #expect(
    draft.questionedAnswer == WizardState.QuestionedAnswer(questionID: "due", value: "2026-11-30"))
  var resumed = WizardEngine(
    script: try loadScript(dates), context: Fixtures.tuesday, state: draft)
  _ = resumed.start()
  #expect(resumed.send("Nov 30").askedID == "note")
}

@Test func draftsWrittenBeforeTheQuestionStillDecode() throws {
  let old = """
    {"wizard":"dates","answers":{"due":"2026-12-11"},"prefilled":[],
     "position":{"step":"one","question":"note"},"history":[{"step":"one","question":"due"}],
     "finished":false}
    """
  let state = try JSONDecoder().decode(WizardState.self, from: Data(old.utf8))
  #expect(state.questionedAnswer == nil)
  #expect(state.answers == ["due": "2026-12-11"])
  // And a state with nothing questioned is written without the field, as before.
  let written = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
  #expect(!written.contains("questionedAnswer"))
}

@Test func unattendedRunsKeepPastDatesWithoutAsking() throws {
  let runner = WizardRunner(script: try loadScript(dates), context: Fixtures.tuesday)
  let bag = DiagnosticBag()
  let file = try #require(AnswersFile.parse(Data("due: Nov 30\n".utf8), path: "a.yaml", into: bag))
  let outcome = runner.run(file)
  #expect(outcome.diagnostics.isEmpty)
  #expect(outcome.result?.answers["due"] == "2026-11-30")
  #expect(outcome.transcript.text.contains("  + Mon 30 Nov, yesterday\n"))
  #expect(!outcome.transcript.text.contains("already past"))
}
