import GRDB

extension JournalStore {
  /// Saves one flash-card answer the moment it is given, in one transaction.
  ///
  /// The sitting is written with its totals so far and the card with its new box, so a sitting
  /// cut short keeps every card answered.
  ///
  /// - Parameters:
  ///   - sitting: the sitting as it stands after this answer (inserted, or replaced by id).
  ///   - card: where the answered card goes (inserted, or replaced by card id).
  /// - Throws: `JournalError` when it cannot be written; nothing of this answer is then kept.
  public func recordDrillAnswer(sitting: DrillSitting, card: DrillCardState) throws(JournalError) {
    try write { db in
      try sitting.upsert(db)
      try card.upsert(db)
    }
  }

  /// Every drill sitting, by session, then start.
  public func drillSittings() throws(JournalError) -> [DrillSitting] {
    try read { db in try Self.sittings(db) }
  }

  /// Where each card stands, by card id.
  public func drillCards() throws(JournalError) -> [DrillCardState] {
    try read { db in try Self.cards(db) }
  }
}
