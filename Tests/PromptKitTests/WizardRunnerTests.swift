import Diagnostics
import Foundation
import Testing

@testable import PromptKit

private let script = """
  title: T
  steps:
    - id: s
      title: S
      questions:
        - id: name
          ask: Name?
        - id: plan
          ask: Plan?
          type: choice
          choices: [a, b]
        - id: only_b
          ask: B only
          when: plan == 'b'
          required: false
        - id: due
          ask: Due?
          type: date
          required: false
  summary: "{name} {plan} {due}"
  """

private func run(_ answers: String) throws -> WizardRunner.Outcome {
  let bag = DiagnosticBag()
  let file = try #require(AnswersFile.parse(Data(answers.utf8), path: "a.yaml", into: bag))
  #expect(bag.diagnostics.isEmpty)
  return WizardRunner(script: try loadScript(script), context: Fixtures.context).run(file)
}

@Test func runsToTheSummary() throws {
  let outcome = try run("name: Ada\nplan: 1\ndue: friday\n")
  #expect(outcome.diagnostics.isEmpty)
  #expect(outcome.result?.summary == "Ada a 2026-11-20")
  #expect(outcome.result?.answers == ["name": "Ada", "plan": "a", "due": "2026-11-20"])
}

@Test func reportsMissingRequiredAnswersAndUnusedOnes() throws {
  let missing = try run("plan: a\n")
  #expect(missing.result == nil)
  #expect(
    missing.diagnostics.map(\.headline) == [
      "a.yaml:1:1: error: no answer for required question 'name'"
    ])
  let unused = try run("name: Ada\nplan: a\nonly_b: hi\n")
  #expect(unused.result != nil)
  #expect(
    unused.diagnostics.map(\.headline) == [
      "a.yaml:3:1: warning: 'only_b' was not asked, so its answer is not used"
    ])
}

@Test func invalidOptionalAnswersAreReportedAndSkipped() throws {
  let outcome = try run("name: Ada\nplan: b\ndue: whenever\n")
  #expect(outcome.result == nil)
  #expect(outcome.diagnostics.map(\.code.rawValue) == ["invalid-answer"])
  #expect(outcome.transcript.text.contains("> :skip"))
  // The message names the question, never the answer.
  #expect(outcome.diagnostics.allSatisfy { !$0.message.contains("whenever") })
}

@Test func answersFileMustBeAMapping() {
  let bag = DiagnosticBag()
  #expect(AnswersFile.parse(Data("- a\n- b\n".utf8), path: "a.yaml", into: bag) == nil)
  #expect(
    bag.diagnostics.map(\.headline) == ["a.yaml:1:1: error: expected a mapping, found a list"])
}

@Test func resumeDropsPlacesTheScriptNoLongerHas() throws {
  let loaded = try loadScript(script)
  let stale = WizardState(
    wizard: "t", answers: ["name": "Ada", "gone": "x"],
    position: WizardState.Position(step: "s", question: "plan"),
    history: [
      WizardState.Position(step: "old", question: "gone"),
      WizardState.Position(step: "s", question: "name"),
    ])
  var engine = WizardEngine(script: loaded, context: Fixtures.context, state: stale)
  #expect(engine.start().askedID == "plan")
  #expect(engine.send(":back").askedID == "name")
  #expect(engine.send(":back").first == .rejected(reason: "this is the first question"))
}

private struct LengthCheck: AnswerCheck {
  let name = "length"
  func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    CheckFeedback(answer.count < 5 ? .problem : .good, ["\(answer.count) characters"])
  }
}

@Test func theFeedbackEachAnswerGotIsKeptByQuestion() throws {
  let checked = try loadScript(
    """
    title: T
    steps:
      - id: s
        title: S
        questions:
          - id: pitch
            ask: Pitch?
            check: length
          - id: due
            ask: Due?
            type: date
          - id: name
            ask: Name?
    """)
  let bag = DiagnosticBag()
  let file = try #require(
    AnswersFile.parse(
      Data("pitch: Ship\ndue: friday\nname: Ada\n".utf8), path: "a.yaml", into: bag))
  let outcome = WizardRunner(
    script: checked, checks: CheckRegistry([LengthCheck()]), context: Fixtures.context
  ).run(file)
  #expect(outcome.result != nil)
  #expect(outcome.feedback["pitch"] == CheckFeedback(.problem, ["4 characters"]))
  // A date's feedback is the date read back, as the terminal shows it.
  #expect(outcome.feedback["due"] == CheckFeedback(.good, ["Fri 20 Nov, this week"]))
  #expect(outcome.feedback["name"] == nil)
}
