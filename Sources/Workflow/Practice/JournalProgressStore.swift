import Foundation
import Journal
import Practice

/// The journal as practice's progress store: each practice attempt and each drill answer is
/// committed on its own the moment it is given, so a killed process loses at most the card or
/// the reading being typed.
///
/// Errors carry the journal's own one-line description; the commands exit 3 on them, as every
/// command that cannot use the journal does.
public struct JournalProgressStore: ProgressStore {
  public let journal: JournalStore

  public init(journal: JournalStore) {
    self.journal = journal
  }

  public func load() throws(ProgressStoreError) -> PracticeProgress {
    do {
      return Self.progress(try journal.practiceHistory())
    } catch {
      throw ProgressStoreError(error.description)
    }
  }

  public func record(_ attempt: PracticeAttempt) throws(ProgressStoreError) {
    do {
      try journal.recordPracticeAttempt(Self.record(attempt))
    } catch {
      throw ProgressStoreError(error.description)
    }
  }

  public func record(_ answer: DrillAnswer) throws(ProgressStoreError) {
    let sitting = DrillSitting(
      id: answer.sittingId, session: answer.session, startedAt: answer.startedAt,
      updatedAt: answer.answeredAt, cards: answer.cards, correct: answer.correct,
      score: answer.score)
    let card = DrillCardState(
      cardId: answer.cardId, box: answer.box.box, lastSession: answer.box.lastSession,
      updatedAt: answer.answeredAt)
    do {
      try journal.recordDrillAnswer(sitting: sitting, card: card)
    } catch {
      throw ProgressStoreError(error.description)
    }
  }

  /// Whether the journal holds any practice yet.
  public func isEmpty() throws(JournalError) -> Bool {
    try !journal.hasPracticeHistory()
  }

  /// Moves progress an older `advance` kept in `practice.json` into the journal, in one
  /// transaction, if the journal holds no practice yet.
  ///
  /// - Returns: false, writing nothing, when the journal already holds practice.
  public func importProgress(_ progress: PracticeProgress, now: Date = Date()) throws(JournalError)
    -> Bool
  {
    try journal.importPracticeHistory(Self.history(progress, now: now))
  }

  public static func record(_ attempt: PracticeAttempt) -> PracticeAttemptRecord {
    PracticeAttemptRecord(
      at: attempt.date, persona: attempt.persona, askGrade: grade(attempt.askGrade),
      askScore: attempt.askScore, quality: quality(attempt.quality),
      readingScore: attempt.readingScore)
  }

  public static func progress(_ history: PracticeHistory) -> PracticeProgress {
    var boxes: [String: DrillState.Box] = [:]
    for card in history.cards {
      boxes[card.cardId] = DrillState.Box(box: card.box, lastSession: card.lastSession)
    }
    return PracticeProgress(
      attempts: history.attempts.map { attempt in
        PracticeAttempt(
          date: attempt.at, persona: attempt.persona, askGrade: grade(attempt.askGrade),
          askScore: attempt.askScore, quality: quality(attempt.quality),
          readingScore: attempt.readingScore)
      },
      drills: history.sittings.map {
        PracticeProgress.DrillResult(
          date: $0.startedAt, cards: $0.cards, correct: $0.correct, score: $0.score)
      },
      drill: DrillState(sessions: history.sessions, boxes: boxes))
  }

  /// The file's progress as journal rows.
  ///
  /// Its sittings had no session numbers: they are the last ones before the file's session
  /// count, oldest first. Values outside what the journal accepts
  /// (which the old store never wrote) are brought into range rather than failing the import.
  public static func history(_ progress: PracticeProgress, now: Date) -> PracticeHistory {
    let firstSession = max(progress.drill.sessions - progress.drills.count, 0) + 1
    let sittings = progress.drills.enumerated().compactMap { index, drill -> DrillSitting? in
      guard drill.cards >= 1 else { return nil }
      return DrillSitting(
        session: firstSession + index, startedAt: drill.date, cards: drill.cards,
        correct: min(max(drill.correct, 0), drill.cards), score: percent(drill.score))
    }
    let latest = sittings.last?.startedAt ?? now
    let cards = progress.drill.boxes.sorted { $0.key < $1.key }.map { id, box in
      let session = max(box.lastSession, 1)
      return DrillCardState(
        cardId: id, box: max(box.box, 1), lastSession: session,
        updatedAt: sittings.last { $0.session == session }?.startedAt ?? latest)
    }
    let attempts = progress.attempts.map { attempt in
      var record = record(attempt)
      record.askScore = percent(record.askScore)
      record.readingScore = percent(record.readingScore)
      return record
    }
    return PracticeHistory(attempts: attempts, sittings: sittings, cards: cards)
  }

  private static func percent(_ value: Int) -> Int { min(max(value, 0), 100) }

  private static func grade(_ grade: AskAssessment.Grade) -> PracticeAttemptRecord.Grade {
    switch grade {
    case .weak: return .weak
    case .fair: return .fair
    case .strong: return .strong
    }
  }

  private static func grade(_ grade: PracticeAttemptRecord.Grade) -> AskAssessment.Grade {
    switch grade {
    case .weak: return .weak
    case .fair: return .fair
    case .strong: return .strong
    }
  }

  private static func quality(_ quality: AskQuality) -> PracticeAttemptRecord.Quality {
    switch quality {
    case .vague: return .vague
    case .oversized: return .oversized
    case .undated: return .undated
    case .crisp: return .crisp
    }
  }

  private static func quality(_ quality: PracticeAttemptRecord.Quality) -> AskQuality {
    switch quality {
    case .vague: return .vague
    case .oversized: return .oversized
    case .undated: return .undated
    case .crisp: return .crisp
    }
  }
}
