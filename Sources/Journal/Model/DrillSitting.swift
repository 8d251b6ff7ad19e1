import Foundation
import GRDB

/// One sitting of flash cards, with its totals so far: rewritten after every card answered, so a
/// sitting cut short keeps what was answered.
public struct DrillSitting: Codable, Hashable, Sendable, Identifiable {
  /// A UUID string.
  public var id: String
  /// The spaced repetition session this sitting counts as, from 1.
  public var session: Int
  /// When the sitting started.
  public var startedAt: Date
  /// When its latest card was answered; the newer side wins on import.
  public var updatedAt: Date
  /// Cards answered so far.
  public var cards: Int
  /// Of those, the ones read exactly right.
  public var correct: Int
  /// 0–100 over the cards answered.
  public var score: Int

  /// Creates a sitting; `id` defaults to a new UUID and `updatedAt` to `startedAt`.
  public init(
    id: String = UUID().uuidString.lowercased(), session: Int, startedAt: Date,
    updatedAt: Date? = nil, cards: Int, correct: Int, score: Int
  ) {
    self.id = id
    self.session = session
    self.startedAt = startedAt.truncatedToMilliseconds
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.startedAt
    self.cards = cards
    self.correct = correct
    self.score = score
  }
}

extension DrillSitting: JournalRecord {
  public static let databaseTableName = "drillSitting"
}
