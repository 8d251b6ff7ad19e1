import Foundation
import GRDB

/// A role-play outcome as schema v2 stored it.
///
/// The table `practiceResult` is dropped by v4; exports of schema versions 2 and 3 still hold
/// these. Read only to convert (`V2PracticeConversion`).
struct PracticeResult: Codable, Hashable, Sendable {
  var id: String
  var persona: String
  /// The ask's score, 0–100.
  var askGrade: Int
  var readingCorrect: Bool
  var at: Date
}

extension PracticeResult: JournalRecord {
  static let databaseTableName = "practiceResult"
}
