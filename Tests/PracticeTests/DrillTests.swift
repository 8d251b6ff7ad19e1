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

  @Test func theDriverStopsOnQAndLeavesUnseenCardsAlone() throws {
    let session = DrillSession(deck: Self.deck(5), state: DrillState(), size: 5)
    var input = ["h", "q"]
    var lines: [String] = []
    let store = RecordingProgressStore()
    let played = try DrillDriver.run(
      session, deckSize: 5, read: { _ in input.isEmpty ? nil : input.removeFirst() },
      write: { lines.append($0) }, store: store)
    #expect(played.feedback.count == 1)
    #expect(played.finalState.boxes.count == 1)
    #expect(lines.contains("  right: hedge"))
    #expect(lines.last == "Score: 100/100; exactly right: 1 of 1.")
    #expect(store.answers.count == 1)
  }

  /// Three hedges and two commitments, so some readings of "hedge" are right and some not.
  static let mixed = DrillDeck(
    cards: (0..<5).map {
      DrillCard(
        reply: "reply \($0)",
        label: $0 < 3 ? Reading(.hedge) : Reading(.commitment, currencies: [.time]),
        reason: "because")
    })

  @Test func eachAnswerIsKeptBeforeItsFeedbackWithTheSittingSoFar() throws {
    let start = DrillState(sessions: 4, boxes: [:])
    let clock = Date(timeIntervalSince1970: 1_700_000_000)
    let session = DrillSession(
      deck: Self.mixed, state: start, size: 5, id: "sitting", clock: { clock })
    var input = Array(repeating: "hedge", count: 4) + ["dunno"]
    let store = RecordingProgressStore()
    var keptWhenShown: [Int] = []
    let played = try DrillDriver.run(
      session, deckSize: 5, read: { _ in input.isEmpty ? nil : input.removeFirst() },
      write: { line in
        if line.hasPrefix("  why: ") { keptWhenShown.append(store.answers.count) }
      }, store: store)
    #expect(keptWhenShown == [1, 2, 3, 4])
    #expect(store.answers.map(\.cards) == [1, 2, 3, 4], "an unreadable line is not an answer")
    #expect(store.answers.allSatisfy { $0.sittingId == "sitting" && $0.session == 5 })
    #expect(store.answers.allSatisfy { $0.startedAt == clock && $0.answeredAt == clock })
    #expect(store.answers.map(\.cardId) == played.feedback.map(\.card.id))
    #expect(store.answers.last?.correct == played.correct)
    #expect(store.answers.last?.score == played.score)
    // Replaying the kept answers gives the same state as the finished session.
    var replayed = start
    for answer in store.answers {
      replayed.sessions = max(replayed.sessions, answer.session)
      replayed.boxes[answer.cardId] = answer.box
    }
    #expect(replayed == played.finalState)
    let missed = played.feedback.filter { !$0.grade.isExact }.map(\.card.id)
    #expect(!missed.isEmpty)
    for id in missed {
      #expect(replayed.boxes[id] == .init(box: 1, lastSession: 5))
    }
  }

  @Test func anAnswerThatCannotBeKeptStopsTheDrill() {
    let session = DrillSession(deck: Self.mixed, state: DrillState(), size: 5)
    var input = ["h", "h", "h"]
    let store = RecordingProgressStore(failingFrom: 2)
    var lines: [String] = []
    #expect(throws: ProgressStoreError("the disk is full")) {
      try DrillDriver.run(
        session, deckSize: 5, read: { _ in input.isEmpty ? nil : input.removeFirst() },
        write: { lines.append($0) }, store: store)
    }
    #expect(store.answers.count == 1)
    #expect(input == ["h"], "the drill stopped at the answer it could not keep")
    #expect(lines.filter { $0.hasPrefix("  why: ") }.count == 1)
  }

  @Test func cardIdentifiersIgnoreCaseAndSpacing() {
    #expect(DrillCard.identifier(for: "Sounds  great") == DrillCard.identifier(for: "sounds great"))
    #expect(DrillCard.identifier(for: "a") != DrillCard.identifier(for: "b"))
    #expect(DrillCard.identifier(for: "a").count == 16)
  }
}
