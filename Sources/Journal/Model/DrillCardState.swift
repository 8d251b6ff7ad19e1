import Foundation
import GRDB

/// Where one flash card stands in the spaced repetition: its Leitner box and the session it was
/// last shown in.
public struct DrillCardState: Codable, Hashable, Sendable, Identifiable {
  /// The card's id (a hash of its reply, computed by the practice module).
  public var cardId: String
  /// 1 (shown every session) and up (shown less and less often).
  public var box: Int
  /// The session the card was last answered in, from 1.
  public var lastSession: Int
  /// When it was last answered; the newer side wins on import.
  public var updatedAt: Date

  public var id: String { cardId }

  /// Creates a card's state; `updatedAt` defaults to now.
  public init(cardId: String, box: Int, lastSession: Int, updatedAt: Date? = nil) {
    self.cardId = cardId
    self.box = box
    self.lastSession = lastSession
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? Date.journalNow()
  }
}

extension DrillCardState: JournalRecord {
  public static let databaseTableName = "drillCard"
}
