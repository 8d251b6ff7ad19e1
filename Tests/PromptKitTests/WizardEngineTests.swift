import Foundation
import Testing

@testable import PromptKit

private let flow = """
  title: "Flow for {name}"
  steps:
    - id: one
      title: One
      why: Because.
      questions:
        - id: name
          ask: Name?
          help: Your name.
        - id: kind
          ask: Kind?
          type: choice
          choices: [small, big]
        - id: size
          ask: How big?
          type: number
          when: kind == 'big'
        - id: note
          ask: Anything else?
          required: false
      next:
        - when: kind == 'small'
          step: three
    - id: two
      title: Two
      questions:
        - id: budget
          ask: Budget?
          type: money
    - id: three
      title: Three
      questions:
        - id: done
          ask: "Done, {name}?"
          type: yesno
          default: "yes"
  summary: "{name}/{kind}/{size}/{budget}/{done}"
  """

@Test func whenAndJumpsChooseThePath() throws {
  let script = try loadScript(flow)
  var engine = WizardEngine(script: script, context: Fixtures.context)
  #expect(engine.start().askedID == "name")
  #expect(engine.send("Ada").askedID == "kind")
  // small: no size question, and the jump skips step two.
  #expect(engine.send("small").askedID == "note")
  let events = engine.send("")
  #expect(events.askedID == "done")
  #expect(
    events.contains(
      .stepStarted(StepInfo(id: "three", number: 3, count: 3, title: "Three", why: nil))))
  let result = try #require(engine.send("").finishedResult)
  #expect(result.summary == "Ada/small label/—/—/yes".replacingOccurrences(of: " label", with: ""))
  #expect(result.answers == ["name": "Ada", "kind": "small", "done": "yes"])
}

@Test func bigTakesTheLongWay() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  _ = engine.send("Ada")
  #expect(engine.send("big").askedID == "size")
  #expect(engine.send("3").askedID == "note")
  #expect(engine.send(":skip").askedID == "budget")
  #expect(engine.send("$2k").askedID == "done")
  #expect(engine.send("no").finishedResult?.summary == "Ada/big/3/2000 USD/no")
}

@Test func backKeepsAnswersAndReevaluatesConditions() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  _ = engine.send("Ada")
  _ = engine.send("big")
  #expect(engine.send("3").askedID == "note")
  // Back to size, then kind: the earlier answer is offered as the default.
  #expect(engine.send(":back").askedID == "size")
  let backAgain = engine.send(":back")
  guard case .asked(let prompt)? = backAgain.last else {
    Issue.record("not asked")
    return
  }
  #expect(prompt.questionID == "kind")
  #expect(prompt.defaultValue == "big")
  // Changing the answer switches the size question off.
  #expect(engine.send("small").askedID == "note")
  #expect(engine.state.answers["name"] == "Ada")
  #expect(engine.state.history.map(\.question) == ["name", "kind"])
}

@Test func backAtTheFirstQuestionIsRefused() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  let events = engine.send(":back")
  #expect(events.first == .rejected(reason: "this is the first question"))
  #expect(events.askedID == "name")
}

@Test func requiredQuestionsCannotBeSkippedOrLeftEmpty() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  #expect(engine.send(":skip").first == .rejected(reason: "this one can't be skipped"))
  #expect(
    engine.send("").first == .rejected(reason: "this one needs an answer (:help for guidance)"))
  #expect(
    engine.send(":nope").first
      == .rejected(reason: "unknown command; try one of :back, :skip, :help, :why, :show, :quit"))
  #expect(engine.state.position?.question == "name")
}

@Test func helpWhyAndShowRepeatTheQuestion() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  let help = engine.send(":help")
  #expect(help.first == .help("Your name."))
  guard case .asked(let prompt)? = help.last else {
    Issue.record("not asked")
    return
  }
  #expect(prompt.isRepeat)
  #expect(engine.send(":why").first == .why("Because."))
  _ = engine.send("Ada")
  #expect(
    engine.send(":show").first
      == .show([ShownAnswer(questionID: "name", question: "Name?", answer: "Ada")]))
}

@Test func quitAndResumeFromADraftAsStored() throws {
  // The journal keeps a draft as the JSON of the engine's state: resuming from that text
  // lands on the same question with `:back` intact.
  let script = try loadScript(flow)
  var engine = WizardEngine(script: script, context: Fixtures.context)
  _ = engine.start()
  _ = engine.send("Ada")
  _ = engine.send("big")
  guard case .quit(let draft)? = engine.send(":quit").last else {
    Issue.record("did not quit")
    return
  }
  let stored = try JSONEncoder().encode(draft)
  let loaded = try JSONDecoder().decode(WizardState.self, from: stored)
  #expect(loaded == draft)
  var resumed = WizardEngine(script: script, context: Fixtures.context, state: loaded)
  let events = resumed.start()
  #expect(events.first == .started(title: "Flow for Ada", intro: nil, resumed: true))
  #expect(events.askedID == "size")
  #expect(resumed.send(":back").askedID == "kind")
}

@Test func prefilledAnswersAreNotAsked() throws {
  var engine = WizardEngine(
    script: try loadScript(flow), context: Fixtures.context, prefilled: ["name": "Bo", "zzz": "x"])
  let events = engine.start()
  #expect(events.first == .started(title: "Flow for Bo", intro: nil, resumed: false))
  #expect(events.askedID == "kind")
  #expect(engine.send(":back").first == .rejected(reason: "this is the first question"))
}

private struct ShoutCheck: AnswerCheck {
  let name = "shout"
  func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    CheckFeedback(.warning, ["\(context.questionID) after \(context.answers.keys.sorted())"])
  }
}

@Test func checksGiveFeedbackUnderTheAnswer() throws {
  let script = try loadScript(
    """
    title: T
    steps:
      - id: s
        title: S
        questions:
          - id: a
            ask: A?
          - id: b
            ask: B?
            check: shout
          - id: c
            ask: C?
            check: unregistered
    """)
  var engine = WizardEngine(
    script: script, checks: CheckRegistry([ShoutCheck()]), context: Fixtures.context)
  _ = engine.start()
  _ = engine.send("1")
  let events = engine.send("2")
  #expect(events.first == .feedback(questionID: "b", CheckFeedback(.warning, ["b after [\"a\"]"])))
  #expect(engine.send("3").finishedResult != nil)
}

@Test func loopsWithAnExitTerminate() throws {
  let script = try loadScript(
    """
    title: T
    steps:
      - id: ask
        title: Ask
        questions:
          - id: again
            ask: Again?
            type: yesno
        next:
          - when: again == 'yes'
            step: ask
          - step: end
    """)
  var engine = WizardEngine(script: script, context: Fixtures.context)
  #expect(engine.start().askedID == "again")
  #expect(engine.send("yes").askedID == "again")
  #expect(engine.send("yes").askedID == "again")
  #expect(engine.send("no").finishedResult?.answers == ["again": "no"])
}

@Test func completesChoicesAndCommands() throws {
  var engine = WizardEngine(script: try loadScript(flow), context: Fixtures.context)
  _ = engine.start()
  #expect(engine.completions(for: "b").isEmpty)
  _ = engine.send("Ada")
  #expect(engine.completions(for: "b") == ["big"])
  #expect(engine.completions(for: "") == ["small", "big"])
  #expect(engine.completions(for: ":s") == [":skip", ":show"])
}
