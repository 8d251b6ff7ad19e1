import Foundation
import Scoring
import Testing
import Vocabulary

@testable import Practice

/// The bundled lexicon's ask grader, as practice uses it.
let bundledGrader: ScoringAskGrader = {
  let (sources, _) = LexiconLoader.sources(
    in: Repository.prompts.appendingPathComponent("lexicon"))
  return ScoringAskGrader(AskGrader(lexicon: LexiconLoader.load(sources).lexicon))
}()

/// Asks of each quality, graded by the scoring module's grader, earn the persona reply meant for
/// them; the persona's own better ask is crisp, and a vague ask gets no commitment.
struct AskGradingTests {
  static let asks: [(Stage, String, AskQuality)] = [
    (.first, "Let me know what you think.", .vague),
    (.first, "Thanks so much for your time! Let me know what you think of it.", .vague),
    (.followUp, "Keep me posted if anything changes.", .vague),
    (.first, "Would you sign a contract for all 120 stores?", .oversized),
    (.first, "Would you pay a deposit of 2000 today to reserve the product?", .oversized),
    (.first, "Would you try it sometime?", .undated),
    (.first, "Could we book a demo sometime with your team?", .undated),
    (.followUp, "Could we run a pilot on your routes?", .undated),
    (.first, "Could we book thirty minutes next Thursday with your head of replenishment?", .crisp),
    (
      .followUp,
      "Could we start a four-week pilot with your team on the 21st? If it finds nothing, we stop.",
      .crisp
    ),
  ]

  @Test(arguments: asks.indices)
  func eachQualityIsRecognised(index: Int) {
    let (stage, ask, quality) = Self.asks[index]
    let assessment = bundledGrader.grade(ask: ask, stage: stage)
    #expect(assessment.quality == quality, "\(ask): \(assessment.score) \(assessment.missing)")
  }

  @Test(arguments: PracticeTranscriptTests.personaIDs)
  func thePersonasBetterAskIsCrispAndAVagueOneGetsNoCommitment(id: String) throws {
    let personas = try Repository.personas()
    let persona = try #require(personas.first { $0.id == id })
    var round = PracticeRound(
      persona: persona, grader: bundledGrader, interpreter: try #require(bundledInterpreter))
    _ = round.start()
    _ = round.answer("skip")
    let good = persona.betterAsk.split(whereSeparator: \.isNewline).joined(separator: " ")
    _ = round.answer(good)
    _ = round.answer("hedge")
    _ = round.answer("y")
    _ = round.answer(PracticeTranscriptTests.badAsk)
    let events = round.answer("hedge")
    #expect(round.attempts.map(\.quality) == [.crisp, .vague])
    guard case .card(let card) = events.first else {
      Issue.record("expected a card, got \(events)")
      return
    }
    #expect(card.reading.expected.verdict != .commitment)
  }

  @Test(arguments: ["earlyvangelist", "skeptic"])
  func aTooBigAskIsOversizedForThePersonaEvenLaterOn(id: String) throws {
    let persona = try #require(try Repository.personas().first { $0.id == id })
    var round = PracticeRound(
      persona: persona, grader: bundledGrader, interpreter: try #require(bundledInterpreter))
    _ = round.start()
    _ = round.answer("skip")
    let events = round.answer("Could we sign a yearly contract for the pilot starting on the 14th?")
    #expect(events.last == .personaSays(persona.reply(to: .oversized).text))
    #expect(round.prompt == .reading)
  }
}
