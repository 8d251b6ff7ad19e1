import Foundation
import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

@Suite struct PracticeJournalTests {
  static let start = ISOTimestamp.date("2026-11-20T09:00:00Z") ?? Date()

  static func attempt(_ minute: Double, score: Int, reading: Int) -> PracticeAttemptRecord {
    PracticeAttemptRecord(
      at: start.addingTimeInterval(minute * 60), persona: "skeptic",
      askGrade: score >= 85 ? .strong : .fair, askScore: score,
      quality: score >= 85 ? .crisp : .undated, readingScore: reading)
  }

  @Test func attemptsAndDrillAnswersRoundTripOneByOne() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let attempts = [
      Self.attempt(2, score: 90, reading: 100), Self.attempt(1, score: 40, reading: 0),
    ]
    for attempt in attempts {
      try journal.recordPracticeAttempt(attempt)
    }
    var sitting = DrillSitting(
      session: 1, startedAt: Self.start, cards: 1, correct: 0, score: 0)
    try journal.recordDrillAnswer(
      sitting: sitting, card: DrillCardState(cardId: "a", box: 1, lastSession: 1))
    sitting.cards = 2
    sitting.correct = 1
    sitting.score = 50
    sitting.updatedAt = Self.start.addingTimeInterval(30)
    try journal.recordDrillAnswer(
      sitting: sitting, card: DrillCardState(cardId: "b", box: 2, lastSession: 1))
    journal.close()

    let again = JournalStore(path: journal.path)
    let history = try again.practiceHistory()
    #expect(history.attempts == attempts.reversed(), "oldest first, every field")
    #expect(history.sittings == [sitting], "one row per sitting, with the latest totals")
    #expect(history.cards.map(\.cardId) == ["a", "b"])
    #expect(history.cards.map(\.box) == [1, 2])
    #expect(history.sessions == 1)
    #expect(try again.drillSittings() == history.sittings)
    #expect(try again.drillCards() == history.cards)
  }

  @Test func aCardAnsweredInALaterSessionMovesAndTheSessionsCount() throws {
    let journal = try TemporaryDirectory().journal()
    for session in 1...3 {
      let sitting = DrillSitting(
        session: session, startedAt: Self.start.addingTimeInterval(Double(session) * 86_400),
        cards: 1, correct: 1, score: 100)
      try journal.recordDrillAnswer(
        sitting: sitting, card: DrillCardState(cardId: "a", box: session + 1, lastSession: session))
    }
    let history = try journal.practiceHistory()
    #expect(history.sittings.map(\.session) == [1, 2, 3])
    #expect(
      history.cards == [
        DrillCardState(
          cardId: "a", box: 4, lastSession: 3, updatedAt: history.cards.first?.updatedAt)
      ])
    #expect(history.sessions == 3)
    #expect(
      PracticeHistory(cards: [DrillCardState(cardId: "x", box: 1, lastSession: 7)]).sessions == 7)
  }

  @Test func aValueTheSchemaRefusesWritesNothingOfThatAnswer() throws {
    let journal = try TemporaryDirectory().journal()
    let sitting = DrillSitting(session: 1, startedAt: Self.start, cards: 1, correct: 1, score: 100)
    #expect(throws: JournalError.self) {
      try journal.recordDrillAnswer(
        sitting: sitting, card: DrillCardState(cardId: "a", box: 0, lastSession: 1))
    }
    #expect(try journal.practiceHistory().isEmpty, "the sitting went with the card")
    #expect(throws: JournalError.self) {
      try journal.recordPracticeAttempt(
        PracticeAttemptRecord(
          persona: "p", askGrade: .weak, askScore: 101, quality: .vague, readingScore: 0))
    }
  }

  @Test func aWholeHistoryIsImportedOnlyIntoAJournalWithoutPractice() throws {
    let journal = try TemporaryDirectory().journal()
    let history = PracticeHistory(
      attempts: [Self.attempt(0, score: 70, reading: 60)],
      sittings: [DrillSitting(session: 4, startedAt: Self.start, cards: 2, correct: 2, score: 100)],
      cards: [DrillCardState(cardId: "a", box: 3, lastSession: 4)])
    #expect(try journal.importPracticeHistory(history))
    #expect(try journal.practiceHistory() == history)
    let other = PracticeHistory(attempts: [Self.attempt(5, score: 10, reading: 0)])
    #expect(try journal.importPracticeHistory(other) == false)
    #expect(try journal.practiceHistory() == history)
  }

  @Test func aProcessDyingMidDrillKeepsEveryAnswerGiven() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var sitting = DrillSitting(session: 1, startedAt: Self.start, cards: 0, correct: 0, score: 0)
    for index in 0..<7 {
      sitting.cards = index + 1
      sitting.correct = (index + 1) / 2
      sitting.score = sitting.correct * 100 / sitting.cards
      try journal.recordDrillAnswer(
        sitting: sitting, card: DrillCardState(cardId: "c\(index)", box: 1, lastSession: 1))
    }
    // As kill -9 leaves them: the database and its WAL, no checkpoint, no clean close.
    let crashed = folder.path + "/crashed.sqlite"
    for suffix in ["", "-wal"] {
      try FileManager.default.copyItem(atPath: journal.path + suffix, toPath: crashed + suffix)
    }
    #expect(try sqlite(crashed, "PRAGMA integrity_check") == "ok\n")
    let recovered = try JournalStore(path: crashed).practiceHistory()
    #expect(recovered.sittings.map(\.cards) == [7])
    #expect(recovered.cards.count == 7)
  }
}
