import Foundation
import GRDB

/// One flash-card answer, with when the card is due again.
public struct DrillResult: Codable, Hashable, Sendable, Identifiable {
  /// A UUID string.
  public var id: String
  /// The card answered.
  public var cardId: String
  /// Whether the founder classified it correctly.
  public var correct: Bool
  /// When it was answered.
  public var at: Date
  /// When the card should come back.
  public var nextDue: JournalDay

  /// Creates a result.
  public init(
    id: String = UUID().uuidString.lowercased(), cardId: String, correct: Bool, at: Date? = nil,
    nextDue: JournalDay
  ) {
    self.id = id
    self.cardId = cardId
    self.correct = correct
    self.at = at?.truncatedToMilliseconds ?? Date.journalNow()
    self.nextDue = nextDue
  }
}

extension DrillResult: JournalRecord {
  public static let databaseTableName = "drillResult"
}
