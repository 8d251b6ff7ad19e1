import Foundation
import Testing

@testable import Practice

struct DrillTests {
  static func deck(_ count: Int) -> DrillDeck {
    DrillDeck(
      cards: (0..<count).map {
        DrillCard(reply: "reply \($0)", label: Reading(.hedge), reason: "because")
      })
  }

  @Test func intervalsDoubleByBox() {
    #expect((1...5).map { LeitnerSchedule.interval(box: $0) } == [1, 2, 4, 8, 16])
  }

  @Test func aFirstSessionDealsNewCardsUpToTheSize() {
    let picked = LeitnerSchedule().pick(from: Self.deck(30), state: DrillState(), size: 10)
    #expect(picked.count == 10)
    #expect(Set(picked.map(\.id)).count == 10)
  }

  @Test func aMissedCardComesBackNextSessionAndAKnownOneLater() {
    let deck = Self.deck(30)
    let schedule = LeitnerSchedule()
    let first = schedule.pick(from: deck, state: DrillState(), size: 2)
    let missed = first[0].id
    let known = first[1].id
    var state = schedule.record([missed: false, known: true], into: DrillState())
    #expect(state.boxes[missed] == .init(box: 1, lastSession: 1))
    #expect(state.boxes[known] == .init(box: 2, lastSession: 1))

    let second = schedule.pick(from: deck, state: state, size: 2)
    #expect(second.first?.id == missed)
    #expect(!second.contains { $0.id == known })

    state = schedule.record(
      Dictionary(uniqueKeysWithValues: second.map { ($0.id, true) }), into: state)
    // Session 3: the card in box 2 since session 1 is due again.
    let third = schedule.pick(from: deck, state: state, size: 1)
    #expect(third.first?.id == known)
  }

  @Test func aBoxNeverPassesTheLast() {
    var state = DrillState()
    for _ in 0..<10 {
      state = LeitnerSchedule().record(["x": true], into: state)
    }
    #expect(state.boxes["x"]?.box == LeitnerSchedule.boxCount)
    #expect(state.sessions == 10)
  }

  @Test func aSessionGradesAgainstTheLabelsAndKeepsUnreadableLines() throws {
    let deck = DrillDeck(cards: [
      DrillCard(reply: "Keep me posted", label: Reading(.hedge), reason: "no step"),
      DrillCard(
        reply: "Tuesday at 3", label: Reading(.commitment, currencies: [.time]), reason: "dated"),
    ])
    var session = DrillSession(deck: deck, state: DrillState(), size: 5)
    #expect(session.cards.count == 2)
    #expect(throws: ReadingAnswer.Problem.self) { _ = try session.answer("dunno") }
    #expect(session.position == 0)
    var answers: [String: String] = [:]
    answers[DrillCard.identifier(for: "Keep me posted")] = "h"
    answers[DrillCard.identifier(for: "Tuesday at 3")] = "hedge"
    while let card = session.current {
      _ = try session.answer(answers[card.id] ?? "")
    }
    #expect(session.correct == 1)
    #expect(session.score == 50)
    let state = session.finalState
    #expect(state.sessions == 1)
    #expect(state.boxes[DrillCard.identifier(for: "Tuesday at 3")]?.box == 1)
    #expect(state.boxes[DrillCard.identifier(for: "Keep me posted")]?.box == 2)
  }

  @Test func theDriverStopsOnQAndLeavesUnseenCardsAlone() {
    let session = DrillSession(deck: Self.deck(5), state: DrillState(), size: 5)
    var input = ["h", "q"]
    var lines: [String] = []
    let played = DrillDriver.run(
      session, deckSize: 5, read: { _ in input.isEmpty ? nil : input.removeFirst() },
      write: { lines.append($0) })
    #expect(played.feedback.count == 1)
    #expect(played.finalState.boxes.count == 1)
    #expect(lines.contains("  right: hedge"))
    #expect(lines.last == "Score: 100/100; exactly right: 1 of 1.")
  }

  @Test func cardIdentifiersIgnoreCaseAndSpacing() {
    #expect(DrillCard.identifier(for: "Sounds  great") == DrillCard.identifier(for: "sounds great"))
    #expect(DrillCard.identifier(for: "a") != DrillCard.identifier(for: "b"))
    #expect(DrillCard.identifier(for: "a").count == 16)
  }
}
