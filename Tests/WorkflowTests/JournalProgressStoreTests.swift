import Foundation
import Journal
import Practice
import TerminalTestSupport
import Testing
import Workflow

/// The journal seen through practice's `ProgressStore`.
struct JournalProgressStoreTests {
  let folder: TemporaryDirectory
  let journal: JournalStore

  init() throws {
    folder = try TemporaryDirectory()
    journal = JournalStore(path: folder.path + "/journal.sqlite")
    try journal.open()
  }

  static let day = Date(timeIntervalSince1970: 1_790_000_000)

  static func attempt(_ minutes: Double, _ quality: AskQuality, score: Int, reading: Int)
    -> PracticeAttempt
  {
    PracticeAttempt(
      date: day.addingTimeInterval(minutes * 60), persona: "skeptic",
      askGrade: quality == .crisp ? .strong : quality == .vague ? .weak : .fair, askScore: score,
      quality: quality, readingScore: reading)
  }

  @Test func whatIsRecordedLoadsBackAsProgress() throws {
    let store = JournalProgressStore(journal: journal)
    #expect(try store.load() == PracticeProgress())
    let attempts = [
      Self.attempt(0, .vague, score: 10, reading: 0),
      Self.attempt(1, .oversized, score: 50, reading: 60),
      Self.attempt(2, .crisp, score: 95, reading: 100),
    ]
    for attempt in attempts {
      try store.record(attempt)
    }
    let deck = DrillDeck(
      cards: ["a", "b", "c"].map { DrillCard(reply: $0, label: Reading(.hedge), reason: "r") })
    var session = DrillSession(deck: deck, state: DrillState(), size: 3, clock: { Self.day })
    for line in ["hedge", "rejection", "hedge"] {
      _ = try session.answer(line)
      try store.record(try #require(session.latestAnswer))
    }
    let progress = try store.load()
    #expect(progress.attempts == attempts)
    #expect(
      progress.drills == [.init(date: Self.day, cards: 3, correct: 2, score: session.score)])
    #expect(progress.drill == session.finalState)

    let stats = PracticeStats(progress).lines
    #expect(stats.contains("  asks by kind: vague 1, oversized 1, undated 0, crisp 1"))
    #expect(stats.contains("  cards by box (1 = seen most often): 1: 1, 2: 2, 3: 0, 4: 0, 5: 0"))
  }

  @Test func anOldFilesSittingsAreTheLastSessionsBeforeItsCount() throws {
    let progress = PracticeProgress(
      attempts: [Self.attempt(0, .undated, score: 130, reading: -5)],
      drills: [
        .init(date: Self.day, cards: 5, correct: 4, score: 80),
        .init(date: Self.day.addingTimeInterval(86_400), cards: 0, correct: 0, score: 0),
        .init(date: Self.day.addingTimeInterval(172_800), cards: 3, correct: 9, score: 70),
      ],
      drill: DrillState(
        sessions: 7,
        boxes: [
          "a": .init(box: 2, lastSession: 7), "b": .init(box: 0, lastSession: 0),
        ]))
    let history = JournalProgressStore.history(progress, now: Self.day)
    #expect(history.sittings.map(\.session) == [5, 7], "the empty sitting is left out")
    #expect(history.sittings.map(\.correct) == [4, 3], "never more right than answered")
    #expect(history.attempts.map(\.askScore) == [100])
    #expect(history.attempts.map(\.readingScore) == [0])
    #expect(history.cards.map(\.box) == [2, 1])
    #expect(history.cards.map(\.lastSession) == [7, 1])
    #expect(history.cards.first?.updatedAt == Self.day.addingTimeInterval(172_800))
    #expect(history.sessions == 7)

    let store = JournalProgressStore(journal: journal)
    #expect(try store.isEmpty())
    #expect(try store.importProgress(progress, now: Self.day))
    #expect(try store.load().drill.sessions == 7)
    #expect(try store.importProgress(progress, now: Self.day) == false, "only once")
    #expect(try journal.practiceAttempts().count == 1)
  }
}
