import Foundation
import Journal
import Practice

/// The journal as practice's progress store: each practice attempt and each drill answer is
/// committed on its own the moment it is given, so a killed process loses at most the card or
/// the reading being typed.
///
/// Errors carry the journal's own one-line description; the commands exit 3 on them, as every
/// command that cannot use the journal does.
struct JournalProgressStore: ProgressStore {
  let journal: Journal

  func load() throws(ProgressStoreError) -> PracticeProgress {
    do {
      return Self.progress(try journal.practiceHistory())
    } catch {
      throw ProgressStoreError(error.description)
    }
  }

  func record(_ attempt: PracticeAttempt) throws(ProgressStoreError) {
    do {
      try journal.recordPracticeAttempt(Self.record(attempt))
    } catch {
      throw ProgressStoreError(error.description)
    }
  }

  func record(_ answer: DrillAnswer) throws(ProgressStoreError) {
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

  static func record(_ attempt: PracticeAttempt) -> PracticeAttemptRecord {
    PracticeAttemptRecord(
      at: attempt.date, persona: attempt.persona, askGrade: grade(attempt.askGrade),
      askScore: attempt.askScore, quality: quality(attempt.quality),
      readingScore: attempt.readingScore)
  }

  static func progress(_ history: PracticeHistory) -> PracticeProgress {
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
