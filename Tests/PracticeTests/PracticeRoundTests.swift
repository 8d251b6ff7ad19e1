import Foundation
import Testing

@testable import Practice

/// The round's state machine, step by step, on a small hand-made persona.
struct PracticeRoundTests {
  static let persona = Persona(
    id: "test", name: "Sam Test", kind: "skeptic", company: "Testco", role: "Buyer",
    stage: .first, scene: "You sell tests.", background: "Sam buys tests.",
    caresAbout: ["green builds"],
    learning: [.init(ask: "What broke last week?", answer: "The nightly build, twice.")],
    replies: [
      .vague: .init(text: "Keep me posted.", expected: Reading(.hedge)),
      .oversized: .init(text: "No contract, sorry.", expected: Reading(.rejection)),
      .undated: .init(text: "Some time, maybe.", expected: Reading(.hedge)),
      .crisp: .init(
        text: "Friday at 10 then.", expected: Reading(.commitment, currencies: [.time])),
    ],
    betterAsk: "Could we run it on Friday at 10?", lesson: "Small and dated wins.")

  func round() -> PracticeRound {
    PracticeRound(
      persona: Self.persona, grader: FakeGrader(), interpreter: LabelInterpreter([Self.persona]))
  }

  @Test func theLearningExchangeUsesTheSuggestedQuestionOnEnter() {
    var round = round()
    #expect(round.start() == [.scene(Self.persona)])
    #expect(round.prompt == .learning(index: 0, suggested: "What broke last week?"))
    #expect(
      round.answer("") == [
        .founderAsks("What broke last week?"), .personaSays("The nightly build, twice."),
      ])
    #expect(round.prompt == .ask(attempt: 1))
  }

  struct FakeQuestions: QuestionChecking {
    func check(question: String) -> [String] {
      question.lowercased().hasPrefix("would you") ? ["hypothetical: ask what they did"] : []
    }
  }

  @Test func theFoundersOwnQuestionIsCheckedForTraps() {
    var round = PracticeRound(
      persona: Self.persona, grader: FakeGrader(), interpreter: LabelInterpreter([Self.persona]),
      questionChecker: FakeQuestions())
    _ = round.start()
    #expect(
      round.answer("Would you use a tool for this?") == [
        .questionFeedback(["hypothetical: ask what they did"]),
        .personaSays("The nightly build, twice."),
      ])
    var good = PracticeRound(
      persona: Self.persona, grader: FakeGrader(), interpreter: LabelInterpreter([Self.persona]),
      questionChecker: FakeQuestions())
    _ = good.start()
    #expect(good.answer("What broke last week?") == [.personaSays("The nightly build, twice.")])
  }

  @Test func skipGoesStraightToTheAsk() {
    var round = round()
    _ = round.start()
    #expect(round.answer("skip").isEmpty)
    #expect(round.prompt == .ask(attempt: 1))
  }

  @Test(arguments: [
    ("Let me know what you think", AskQuality.vague, "Keep me posted."),
    ("Sign a yearly contract with us", .oversized, "No contract, sorry."),
    ("Could we run a pilot?", .undated, "Some time, maybe."),
    ("Could we run a pilot on Friday at 10?", .crisp, "Friday at 10 then."),
  ])
  func thePersonaRepliesByTheAsksQuality(ask: String, quality: AskQuality, reply: String) {
    var round = round()
    _ = round.start()
    _ = round.answer("skip")
    let events = round.answer(ask)
    #expect(events.count == 2)
    #expect(events.last == .personaSays(reply))
    if case .askGraded(let assessment) = events.first {
      #expect(assessment.quality == quality)
    } else {
      Issue.record("expected the ask's grade first, got \(events)")
    }
    #expect(round.prompt == .reading)
  }

  @Test func anEmptyAskIsRefusedAndTheAskStands() {
    var round = round()
    _ = round.start()
    _ = round.answer("skip")
    #expect(round.answer("  ") == [.problem("type the ask you would make, in your own words")])
    #expect(round.prompt == .ask(attempt: 1))
  }

  @Test func theReadingIsGradedAgainstTheInterpreter() throws {
    var round = round()
    _ = round.start()
    _ = round.answer("skip")
    _ = round.answer("Could we run a pilot on Friday at 10?")
    let events = round.answer("c t")
    guard case .card(let card) = try #require(events.first) else {
      Issue.record("expected a card, got \(events)")
      return
    }
    #expect(card.reading.isExact)
    #expect(card.reading.score == 100)
    #expect(card.reasons == ["labelled commitment (time)"])
    #expect(round.prompt == .again)
    #expect(round.attempts.count == 1)
  }

  @Test func aWrongReadingScoresZeroAndNearlyRightSixty() {
    var wrong = round()
    _ = wrong.start()
    _ = wrong.answer("skip")
    _ = wrong.answer("Let me know what you think")
    _ = wrong.answer("commitment time")
    #expect(wrong.attempts.first?.readingScore == 0)

    var nearly = round()
    _ = nearly.start()
    _ = nearly.answer("skip")
    _ = nearly.answer("Could we run a pilot on Friday at 10?")
    _ = nearly.answer("commitment money")
    #expect(nearly.attempts.first?.readingScore == 60)
  }

  @Test func anUnreadableReadingKeepsThePrompt() {
    var round = round()
    _ = round.start()
    _ = round.answer("skip")
    _ = round.answer("Let me know what you think")
    let events = round.answer("maybe")
    #expect(events.count == 1)
    if case .problem(let message) = events.first {
      #expect(message.hasPrefix("'maybe' is not a verdict or a currency"))
    } else {
      Issue.record("expected a problem, got \(events)")
    }
    #expect(round.prompt == .reading)
  }

  @Test func tryingAgainStaysInTheSameScene() {
    var round = round()
    _ = round.start()
    _ = round.answer("skip")
    _ = round.answer("Let me know what you think")
    _ = round.answer("hedge")
    #expect(round.answer("y").isEmpty)
    #expect(round.prompt == .ask(attempt: 2))
    _ = round.answer("Could we run a pilot on Friday at 10?")
    _ = round.answer("commitment time")
    #expect(round.answer("n") == [.finished])
    #expect(round.prompt == nil)
    #expect(round.attempts.map(\.askScore) == [10, 90])
  }

  @Test func endOfInputStopsTheDriver() throws {
    var round = round()
    var lines: [String] = []
    let store = RecordingProgressStore()
    let finished = try PracticeDriver.run(
      &round, read: { _ in nil }, write: { lines.append($0) }, store: store)
    #expect(!finished)
    #expect(lines.first == "Practice: Sam Test, Buyer, Testco")
    #expect(store.attempts.isEmpty)
  }

  @Test func eachAttemptIsKeptBeforeItsCardIsShown() throws {
    var round = round()
    let store = RecordingProgressStore()
    var input = ["skip", "Let me know", "hedge", "y", "Could we run a pilot on Friday at 10?"]
    var keptWhenCardShown: [Int] = []
    try PracticeDriver.run(
      &round, read: { _ in input.isEmpty ? nil : input.removeFirst() },
      write: { line in
        if line.hasPrefix("Your reading:") { keptWhenCardShown.append(store.attempts.count) }
      }, store: store)
    #expect(keptWhenCardShown == [1], "the first attempt was stored before its card")
    // Input ended before the second reading: one attempt made, one kept.
    #expect(store.attempts == round.attempts)
    #expect(store.attempts.map(\.askScore) == [10])
  }

  @Test func anAttemptThatCannotBeKeptStopsTheRound() {
    var round = round()
    let store = RecordingProgressStore(failingFrom: 1)
    var input = ["skip", "Let me know", "hedge", "n"]
    var lines: [String] = []
    #expect(throws: ProgressStoreError("the disk is full")) {
      try PracticeDriver.run(
        &round, read: { _ in input.isEmpty ? nil : input.removeFirst() },
        write: { lines.append($0) }, store: store)
    }
    #expect(input == ["n"], "nothing more was read")
    #expect(!lines.contains { $0.hasPrefix("Your reading:") })
  }
}
