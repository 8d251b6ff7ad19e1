import GRDB

extension Journal {
  /// Saves the outcome of a role-play.
  public func recordPractice(_ result: PracticeResult) throws(JournalError) {
    try write { db in try result.insert(db) }
  }

  /// Every role-play outcome, oldest first.
  public func practiceResults() throws(JournalError) -> [PracticeResult] {
    try read { db in try PracticeResult.order(Column("at"), Column("id")).fetchAll(db) }
  }

  /// Saves one flash-card answer.
  public func recordDrill(_ result: DrillResult) throws(JournalError) {
    try write { db in try result.insert(db) }
  }

  /// Every flash-card answer, oldest first.
  public func drillResults() throws(JournalError) -> [DrillResult] {
    try read { db in try DrillResult.order(Column("at"), Column("id")).fetchAll(db) }
  }
}
