import GRDB

extension JournalSchema {
  /// v8: what `leads` and `show` read, kept where one lookup finds it.
  ///
  /// - `leadCommitmentStats` also holds what the strongest kept promise was and its currency,
  ///   and what the next open step is and who owes it (`LeadStats.commitmentSelect`), so the
  ///   pipeline reads a lead's two summary rows and no step.
  /// - `lead_on_unusual_name` indexes the names holding anything but printable ASCII: the only
  ///   ones a name typed in ASCII can match outside the range of `lead_on_name`.
  static func createPipelineSummary(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP TRIGGER commitment_stats_insert; DROP TRIGGER commitment_stats_update;
        DROP TRIGGER commitment_stats_delete;
        DROP TABLE leadCommitmentStats;
        CREATE TABLE leadCommitmentStats (
          leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
          steps INTEGER NOT NULL, openSteps INTEGER NOT NULL, nextDue TEXT, lastKeptAt TEXT,
          anyMoney INTEGER NOT NULL, keptId TEXT, nextId TEXT,
          keptWhat TEXT, keptCurrency TEXT, nextWhat TEXT, nextOwner TEXT
        ) WITHOUT ROWID;
        CREATE INDEX lead_on_unusual_name ON lead(name, id) WHERE \(unusualName);
        """)
    try createStats(
      db, table: "leadCommitmentStats", source: "commitment", select: LeadStats.commitmentSelect)
    try db.execute(sql: "PRAGMA user_version = 8")
  }

  /// The condition of `lead_on_unusual_name`, which a query repeats word for word to use it.
  static let unusualName = "name GLOB '*[^ -~]*'"
}
