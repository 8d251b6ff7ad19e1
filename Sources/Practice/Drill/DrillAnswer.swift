import Foundation

/// One card answered in a drill sitting, as a progress store keeps it the moment it is given:
/// where the card goes, and the sitting's totals with this answer counted.
public struct DrillAnswer: Equatable, Sendable {
  /// The sitting (`DrillSession.id`).
  public var sittingId: String
  /// The spaced repetition session the sitting counts as.
  public var session: Int
  public var startedAt: Date
  public var answeredAt: Date
  public var cardId: String
  /// The card's box after this answer; its `lastSession` is `session`.
  public var box: DrillState.Box
  /// Cards answered in the sitting so far, this one included.
  public var cards: Int
  /// Of those, the ones read exactly right.
  public var correct: Int
  /// 0–100 over the cards answered so far.
  public var score: Int

  public init(
    sittingId: String, session: Int, startedAt: Date, answeredAt: Date, cardId: String,
    box: DrillState.Box, cards: Int, correct: Int, score: Int
  ) {
    self.sittingId = sittingId
    self.session = session
    self.startedAt = startedAt
    self.answeredAt = answeredAt
    self.cardId = cardId
    self.box = box
    self.cards = cards
    self.correct = correct
    self.score = score
  }
}
