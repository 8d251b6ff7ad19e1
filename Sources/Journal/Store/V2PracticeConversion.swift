import Foundation

/// Turns practice rows of the v2 shape into the v4 shape.
///
/// Used by the v4 migration and by imports of exports written by schema versions 2 and 3. Frozen
/// with v4: changing it changes what that migration does.
///
/// v2 kept less than practice needs, so some fields are derived:
/// - an attempt's `askGrade` (a 0–100 score) becomes `askScore`; its grade follows the ask
///   grader's thresholds (below 40 weak, 85 and up strong, fair between) and its kind the grade
///   (vague, crisp, undated: v2 never knew whether an ask was oversized); `readingCorrect` reads
///   as 100 or 0.
/// - drill answers had no sittings: the answers of one UTC day make one sitting (id
///   `v2-drill-DAY`), the days numbered as sessions from 1. Each card's box is replayed with the
///   Leitner rules, one move per session on its last answer that day: right moves it up a box
///   from 1, missed puts it back in box 1, at most 5.
enum V2PracticeConversion {
  static let boxCount = 5

  static func convert(practice: [PracticeResult], drill: [DrillResult]) -> PracticeHistory {
    PracticeHistory(
      attempts: practice.map(attempt), sittings: sittings(drill), cards: cards(drill))
  }

  static func attempt(_ result: PracticeResult) -> PracticeAttemptRecord {
    let score = min(100, max(0, result.askGrade))
    let grade: PracticeAttemptRecord.Grade = score < 40 ? .weak : score >= 85 ? .strong : .fair
    let quality: PracticeAttemptRecord.Quality =
      switch grade {
      case .weak: .vague
      case .fair: .undated
      case .strong: .crisp
      }
    return PracticeAttemptRecord(
      id: result.id, at: result.at, persona: result.persona, askGrade: grade, askScore: score,
      quality: quality, readingScore: result.readingCorrect ? 100 : 0)
  }

  /// The answers grouped by UTC day, oldest day first, each with its session number.
  private static func days(_ drill: [DrillResult]) -> [(session: Int, answers: [DrillResult])] {
    let ordered = drill.sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    let byDay = Dictionary(grouping: ordered) { day(of: $0.at) }
    return byDay.keys.sorted().enumerated().map { index, day in
      (index + 1, byDay[day] ?? [])
    }
  }

  private static func day(of date: Date) -> String {
    String(ISOTimestamp.string(date).prefix(10))
  }

  static func sittings(_ drill: [DrillResult]) -> [DrillSitting] {
    days(drill).compactMap { session, answers in
      guard let first = answers.first, let last = answers.last else { return nil }
      let correct = answers.filter(\.correct).count
      return DrillSitting(
        id: "v2-drill-" + day(of: first.at), session: session, startedAt: first.at,
        updatedAt: last.at, cards: answers.count, correct: correct,
        score: correct * 100 / answers.count)
    }
  }

  static func cards(_ drill: [DrillResult]) -> [DrillCardState] {
    var states: [String: DrillCardState] = [:]
    for (session, answers) in days(drill) {
      // The last answer of the day decides, as one session moves a card once.
      var last: [String: DrillResult] = [:]
      for answer in answers {
        last[answer.cardId] = answer
      }
      for (cardId, answer) in last {
        let box = states[cardId]?.box ?? 1
        states[cardId] = DrillCardState(
          cardId: cardId, box: answer.correct ? min(box + 1, boxCount) : 1,
          lastSession: session, updatedAt: answer.at)
      }
    }
    return states.values.sorted { $0.cardId < $1.cardId }
  }
}
