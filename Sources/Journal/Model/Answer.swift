import Foundation
import GRDB

/// One answer to one wizard question, saved the moment it is entered.
public struct Answer: Codable, Hashable, Sendable {
  /// The meeting the wizard is filling.
  public var meetingId: String
  /// The question's id in the prompt script (for instance `reply`, `notes`).
  public var questionId: String
  /// The text exactly as typed.
  public var value: String
  /// When it was (last) answered; the newer side wins on import.
  public var answeredAt: Date

  /// Creates an answer.
  public init(meetingId: String, questionId: String, value: String, answeredAt: Date? = nil) {
    self.meetingId = meetingId
    self.questionId = questionId
    self.value = value
    self.answeredAt = answeredAt?.truncatedToMilliseconds ?? Date.journalNow()
  }
}

extension Answer: JournalRecord {
  public static let databaseTableName = "answer"
}
