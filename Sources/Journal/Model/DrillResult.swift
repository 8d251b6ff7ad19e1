import Foundation
import GRDB
import Vocabulary

/// One flash-card answer as schema v2 stored it.
///
/// The table `drillResult` is dropped by v4; exports of schema versions 2 and 3 still hold these.
/// Read only to convert (`V2PracticeConversion`).
struct DrillResult: Codable, Hashable, Sendable {
  var id: String
  var cardId: String
  var correct: Bool
  var at: Date
  /// A day-based due date; v4 schedules by session instead, so it is not carried over.
  var nextDue: JournalDay
}

extension DrillResult: JournalRecord {
  static let databaseTableName = "drillResult"
}
