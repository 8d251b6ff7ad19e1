import Foundation
import GRDB

/// One ask made in practice and how it went.
///
/// It holds the grade of the ask and how well the founder read the persona's reply; it is saved
/// the moment the reading is graded.
public struct PracticeAttemptRecord: Codable, Hashable, Sendable, Identifiable {
  /// The ask grader's overall mark.
  public enum Grade: String, Codable, CaseIterable, Sendable {
    case weak, fair, strong
  }

  /// The kind of ask, which decides the persona's reply.
  public enum Quality: String, Codable, CaseIterable, Sendable {
    case vague, oversized, undated, crisp
  }

  /// A UUID string.
  public var id: String
  /// When the reading was graded.
  public var at: Date
  /// The persona played (the name of its file).
  public var persona: String
  /// The grade of the ask.
  public var askGrade: Grade
  /// The ask's score, 0–100.
  public var askScore: Int
  /// The kind of ask.
  public var quality: Quality
  /// The founder's reading of the reply against the interpreter's, 0–100.
  public var readingScore: Int

  /// Creates an attempt; `id` and `at` default to new values.
  public init(
    id: String = UUID().uuidString.lowercased(), at: Date? = nil, persona: String,
    askGrade: Grade, askScore: Int, quality: Quality, readingScore: Int
  ) {
    self.id = id
    self.at = at?.truncatedToMilliseconds ?? Date.journalNow()
    self.persona = persona
    self.askGrade = askGrade
    self.askScore = askScore
    self.quality = quality
    self.readingScore = readingScore
  }
}

extension PracticeAttemptRecord: JournalRecord {
  public static let databaseTableName = "practiceAttempt"
}
