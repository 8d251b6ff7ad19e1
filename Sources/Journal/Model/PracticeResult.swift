import Foundation
import GRDB

/// The outcome of one role-play with a scripted prospect.
public struct PracticeResult: Codable, Hashable, Sendable, Identifiable {
  /// A UUID string.
  public var id: String
  /// The persona played.
  public var persona: String
  /// The grade of the founder's ask, 0–100.
  public var askGrade: Int
  /// Whether the founder read the persona's reply correctly.
  public var readingCorrect: Bool
  /// When it was played.
  public var at: Date

  /// Creates a result.
  public init(
    id: String = UUID().uuidString.lowercased(), persona: String, askGrade: Int,
    readingCorrect: Bool, at: Date? = nil
  ) {
    self.id = id
    self.persona = persona
    self.askGrade = askGrade
    self.readingCorrect = readingCorrect
    self.at = at?.truncatedToMilliseconds ?? Date.journalNow()
  }
}

extension PracticeResult: JournalRecord {
  public static let databaseTableName = "practiceResult"
}
