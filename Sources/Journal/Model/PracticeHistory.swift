/// Everything the journal keeps about practice: the asks rehearsed, the drill sittings, and where
/// each drill card stands.
public struct PracticeHistory: Hashable, Sendable {
  /// Oldest first.
  public var attempts: [PracticeAttemptRecord]
  /// By session, then start.
  public var sittings: [DrillSitting]
  /// By card id.
  public var cards: [DrillCardState]

  /// Creates a history.
  public init(
    attempts: [PracticeAttemptRecord] = [], sittings: [DrillSitting] = [],
    cards: [DrillCardState] = []
  ) {
    self.attempts = attempts
    self.sittings = sittings
    self.cards = cards
  }

  /// Drill sessions so far: the highest session any sitting or card was recorded in.
  ///
  /// Derived rather than stored, so it can never disagree with the rows, and an import has no
  /// counter to reconcile.
  public var sessions: Int {
    max(sittings.map(\.session).max() ?? 0, cards.map(\.lastSession).max() ?? 0)
  }

  /// True when nothing was practised yet.
  public var isEmpty: Bool { attempts.isEmpty && sittings.isEmpty && cards.isEmpty }
}
