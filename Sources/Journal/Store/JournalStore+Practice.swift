import GRDB

extension JournalStore {
  /// Saves one finished practice attempt, in its own transaction, the moment it is graded.
  public func recordPracticeAttempt(_ attempt: PracticeAttemptRecord) throws(JournalError) {
    try write { db in try attempt.insert(db) }
  }

  /// Every practice attempt, oldest first.
  public func practiceAttempts() throws(JournalError) -> [PracticeAttemptRecord] {
    try read { db in try Self.attempts(db) }
  }

  /// Everything practice keeps, read at one moment.
  public func practiceHistory() throws(JournalError) -> PracticeHistory {
    try read { db in
      PracticeHistory(
        attempts: try Self.attempts(db), sittings: try Self.sittings(db),
        cards: try Self.cards(db))
    }
  }

  /// Whether any practice attempt, drill sitting or card is kept.
  public func hasPracticeHistory() throws(JournalError) -> Bool {
    try read { db in try Self.hasPractice(db) }
  }

  /// Adds a whole practice history (progress kept elsewhere before) if the journal holds no
  /// practice yet, all in one transaction.
  ///
  /// - Returns: false, writing nothing, when the journal already holds practice.
  public func importPracticeHistory(_ history: PracticeHistory) throws(JournalError) -> Bool {
    try write { db in
      guard try !Self.hasPractice(db) else { return false }
      for attempt in history.attempts { try attempt.insert(db) }
      for sitting in history.sittings { try sitting.insert(db) }
      for card in history.cards { try card.insert(db) }
      return true
    }
  }

  private static func hasPractice(_ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM practiceAttempt) OR EXISTS (SELECT 1 FROM drillSitting)
          OR EXISTS (SELECT 1 FROM drillCard)
        """) ?? false
  }

  static func attempts(_ db: Database) throws -> [PracticeAttemptRecord] {
    try PracticeAttemptRecord.order(Column("at"), Column("id")).fetchAll(db)
  }

  static func sittings(_ db: Database) throws -> [DrillSitting] {
    try DrillSitting.order(Column("session"), Column("startedAt"), Column("id")).fetchAll(db)
  }

  static func cards(_ db: Database) throws -> [DrillCardState] {
    try DrillCardState.order(Column("cardId")).fetchAll(db)
  }
}
