import GRDB

/// The journal's tables, built by named migrations.
///
/// Each migration also sets `PRAGMA user_version` to its number, so a file can be recognised
/// (and a newer one refused) from its header before SQLite touches it.
enum JournalSchema {
  /// The schema version this binary writes: the number of the last migration.
  static let version = 8

  /// The names of the migrations, oldest first.
  static let migrationNames = [
    "v1-leads-meetings-commitments", "v2-practice-drill", "v3-lead-stats",
    "v4-practice-progress", "v5-meeting-record", "v6-week", "v7-founder-names",
    "v8-pipeline-summary",
  ]

  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(migrationNames[0], migrate: createCore)
    migrator.registerMigration(migrationNames[1], migrate: createPractice)
    migrator.registerMigration(migrationNames[2], migrate: createLeadStats)
    migrator.registerMigration(migrationNames[3], migrate: createPracticeProgress)
    migrator.registerMigration(migrationNames[4], migrate: createMeetingRecord)
    migrator.registerMigration(migrationNames[5], migrate: createWeek)
    migrator.registerMigration(migrationNames[6], migrate: createFounderNames)
    migrator.registerMigration(migrationNames[7], migrate: createPipelineSummary)
    return migrator
  }()

  /// v1: leads, meetings, answers, commitments and their changes, drafts.
  static func createCore(_ db: Database) throws {
    try db.execute(sql: "PRAGMA application_id = \(DatabaseHeader.applicationID)")
    try db.create(table: "lead") { table in
      table.primaryKey("id", .text)
      table.column("name", .text).notNull()
      table.column("company", .text).notNull().defaults(to: "")
      table.column("role", .text).notNull().defaults(to: "")
      table.column("stage", .text).notNull().defaults(to: "new")
      table.column("tags", .text).notNull().defaults(to: "[]")
      table.column("createdAt", .text).notNull()
      table.column("updatedAt", .text).notNull()
    }
    // Lookups and tab completion order names without case.
    try db.execute(sql: "CREATE INDEX lead_on_name ON lead(name COLLATE NOCASE)")
    try db.create(table: "meeting") { table in
      table.primaryKey("id", .text)
      table.belongsTo("lead", onDelete: .cascade, indexed: false).notNull()
      table.column("kind", .text).notNull().check(sql: "kind IN ('prep', 'debrief')")
      table.column("prepId", .text).references("meeting", onDelete: .setNull)
      table.column("day", .text).notNull()
      table.column("status", .text).notNull().check(sql: "status IN ('draft', 'done')")
      table.column("plannedAsk", .text).notNull().defaults(to: "")
      table.column("askedCurrency", .text)
        .check(sql: "askedCurrency IN ('time', 'reputation', 'money')")
      table.column("reply", .text).notNull().defaults(to: "")
      table.column("verdict", .text).check(sql: "verdict IN ('commitment', 'hedge', 'rejection')")
      table.column("currencies", .text).notNull().defaults(to: "[]")
      table.column("strength", .integer).check(sql: "strength BETWEEN 0 AND 100")
      table.column("score", .integer).check(sql: "score BETWEEN 0 AND 100")
      table.column("scorecard", .text)
      table.column("complimentCount", .integer).notNull().defaults(to: 0)
      table.column("factCount", .integer).notNull().defaults(to: 0)
      table.column("earlyvangelistSigns", .integer).notNull().defaults(to: 0)
      table.column("createdAt", .text).notNull()
      table.column("updatedAt", .text).notNull()
    }
    // Leads are only reached through these composite indexes, which start with leadId; the
    // per-lead statistics triggers of v3 aggregate through them.
    try db.create(
      index: "meeting_on_lead", on: "meeting", columns: ["leadId", "day", "createdAt"])
    try db.create(index: "meeting_on_prep", on: "meeting", columns: ["prepId"])
    try db.create(table: "answer") { table in
      table.belongsTo("meeting", onDelete: .cascade, indexed: false).notNull()
      table.column("questionId", .text).notNull()
      table.column("value", .text).notNull()
      table.column("answeredAt", .text).notNull()
      table.primaryKey(["meetingId", "questionId"])
    }
    try db.create(table: "commitment") { table in
      table.primaryKey("id", .text)
      table.belongsTo("lead", onDelete: .cascade, indexed: false).notNull()
      table.column("meetingId", .text).references("meeting", onDelete: .setNull)
      table.column("promisedBy", .text).notNull()
      table.column("what", .text).notNull()
      table.column("currency", .text).check(sql: "currency IN ('time', 'reputation', 'money')")
      table.column("due", .text)
      table.column("owner", .text).notNull()
      table.column("status", .text).notNull()
        .check(sql: "status IN ('promised', 'done', 'broken', 'cancelled')")
      table.column("createdAt", .text).notNull()
      table.column("updatedAt", .text).notNull()
    }
    // Follow-ups come straight off this index, in the order they are shown.
    try db.create(
      index: "commitment_on_status_due", on: "commitment",
      columns: ["status", "due", "createdAt", "id"])
    try db.create(
      index: "commitment_for_pipeline", on: "commitment",
      columns: ["leadId", "status", "due", "promisedBy", "updatedAt", "currency"])
    try db.create(index: "commitment_on_meeting", on: "commitment", columns: ["meetingId"])
    try db.create(table: "commitmentChange") { table in
      table.primaryKey("id", .text)
      table.belongsTo("commitment", onDelete: .cascade).notNull()
      table.column("status", .text).notNull()
        .check(sql: "status IN ('promised', 'done', 'broken', 'cancelled')")
      table.column("at", .text).notNull()
    }
    try db.create(table: "draft") { table in
      table.column("wizard", .text).notNull()
      table.column("lead", .text).notNull()
      table.column("state", .text).notNull()
      table.column("updatedAt", .text).notNull()
      table.primaryKey(["wizard", "lead"])
    }
    try db.execute(sql: "PRAGMA user_version = 1")
  }

  /// v2: results of practice role-plays and flash-card drills.
  static func createPractice(_ db: Database) throws {
    try db.create(table: "practiceResult") { table in
      table.primaryKey("id", .text)
      table.column("persona", .text).notNull()
      table.column("askGrade", .integer).notNull().check(sql: "askGrade BETWEEN 0 AND 100")
      table.column("readingCorrect", .boolean).notNull()
      table.column("at", .text).notNull()
    }
    try db.create(table: "drillResult") { table in
      table.primaryKey("id", .text)
      table.column("cardId", .text).notNull()
      table.column("correct", .boolean).notNull()
      table.column("at", .text).notNull()
      table.column("nextDue", .text).notNull()
    }
    try db.create(index: "drillResult_on_card", on: "drillResult", columns: ["cardId", "at"])
    try db.execute(sql: "PRAGMA user_version = 2")
  }

  /// v3's per-lead figures over a lead's finished debriefs, frozen as v3 wrote them (v5 replaced
  /// them with `LeadStats`).
  ///
  /// `lead` is `NEW.leadId` or `OLD.leadId` in triggers, or `:lead` for the backfill. The streak
  /// counts debriefs after the last one that ended in a commitment.
  private static func v3MeetingStatsSelect(lead: String) -> String {
    """
    SELECT \(lead), COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = \(lead) AND kind = 'debrief' AND status = 'done'
               AND verdict = 'commitment'), '')), 0)
    FROM meeting WHERE leadId = \(lead) AND kind = 'debrief' AND status = 'done'
    """
  }

  /// v3's per-lead figures about promised steps, frozen; `keptId` is the strongest kept promise.
  private static func v3CommitmentStatsSelect(lead: String) -> String {
    """
    SELECT \(lead), COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = \(lead) AND status = 'done' AND promisedBy <> 'us'
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1)
    FROM commitment WHERE leadId = \(lead)
    """
  }

  /// v3: per-lead figures kept up to date by triggers, so the pipeline reads one row per lead
  /// instead of aggregating every meeting (10,000 leads in milliseconds, not a third of a second).
  static func createLeadStats(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE leadMeetingStats (
          leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
          meetings INTEGER NOT NULL, lastDay TEXT, lastCommitmentDay TEXT,
          facts INTEGER NOT NULL, compliments INTEGER NOT NULL, maxSigns INTEGER NOT NULL,
          askedMoney INTEGER NOT NULL, streak INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE leadCommitmentStats (
          leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
          steps INTEGER NOT NULL, openSteps INTEGER NOT NULL, nextDue TEXT, lastKeptAt TEXT,
          anyMoney INTEGER NOT NULL, keptId TEXT
        ) WITHOUT ROWID;
        """)
    for (table, source, select) in [
      ("leadMeetingStats", "meeting", v3MeetingStatsSelect),
      ("leadCommitmentStats", "commitment", v3CommitmentStatsSelect),
    ] {
      try createStats(db, table: table, source: source, select: select)
    }
    try db.execute(sql: "PRAGMA user_version = 3")
  }

  /// A per-lead statistics table's triggers (``createStatsTriggers(_:table:source:select:)``),
  /// then its row for every lead there is, counted by `select`.
  static func createStats(
    _ db: Database, table: String, source: String, select: (String) -> String
  ) throws {
    try createStatsTriggers(db, table: table, source: source, select: select)
    let backfill = try db.makeStatement(sql: "INSERT INTO \(table) \(select(":lead"))")
    for leadId in try String.fetchAll(db, sql: "SELECT id FROM lead") {
      try backfill.execute(arguments: ["lead": leadId])
    }
  }

  /// The triggers that keep one per-lead statistics table in step with its source table.
  ///
  /// Each refreshes the lead's row with `select`. v3 and v5 both create them through this:
  /// change the text only together with a new migration that drops and recreates them.
  static func createStatsTriggers(
    _ db: Database, table: String, source: String, select: (String) -> String
  ) throws {
    let refreshNew = "INSERT OR REPLACE INTO \(table) \(select("NEW.leadId"));"
    let refreshOld = "INSERT OR REPLACE INTO \(table) \(select("OLD.leadId"));"
    // A row may only be refreshed while its lead exists (a cascade deletes both).
    let oldLeadExists = "EXISTS (SELECT 1 FROM lead WHERE id = OLD.leadId)"
    try db.execute(
      sql: """
        CREATE TRIGGER \(source)_stats_insert AFTER INSERT ON \(source) BEGIN
          \(refreshNew)
        END;
        CREATE TRIGGER \(source)_stats_update AFTER UPDATE ON \(source) BEGIN
          \(refreshNew)
          DELETE FROM \(table) WHERE leadId = OLD.leadId AND OLD.leadId <> NEW.leadId;
          INSERT OR REPLACE INTO \(table)
            SELECT * FROM (\(select("OLD.leadId")))
            WHERE OLD.leadId <> NEW.leadId AND \(oldLeadExists);
        END;
        CREATE TRIGGER \(source)_stats_delete AFTER DELETE ON \(source)
        WHEN \(oldLeadExists) BEGIN
          \(refreshOld)
        END;
        """)
  }

  /// v4: practice as the practice module keeps it.
  ///
  /// Each ask rehearsed with all its grades
  /// (`practiceAttempt`), each drill sitting with its totals (`drillSitting`), and each card's
  /// Leitner box and last session (`drillCard`); the session count is the highest session in
  /// them. The rows of v2's `practiceResult` and `drillResult` are converted
  /// (`V2PracticeConversion`), then those tables are dropped.
  static func createPracticeProgress(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE practiceAttempt (
          id TEXT PRIMARY KEY NOT NULL,
          at TEXT NOT NULL,
          persona TEXT NOT NULL,
          askGrade TEXT NOT NULL CHECK (askGrade IN ('weak', 'fair', 'strong')),
          askScore INTEGER NOT NULL CHECK (askScore BETWEEN 0 AND 100),
          quality TEXT NOT NULL CHECK (quality IN ('vague', 'oversized', 'undated', 'crisp')),
          readingScore INTEGER NOT NULL CHECK (readingScore BETWEEN 0 AND 100)
        );
        CREATE INDEX practiceAttempt_on_at ON practiceAttempt(at, id);
        CREATE TABLE drillSitting (
          id TEXT PRIMARY KEY NOT NULL,
          session INTEGER NOT NULL CHECK (session >= 1),
          startedAt TEXT NOT NULL,
          updatedAt TEXT NOT NULL,
          cards INTEGER NOT NULL CHECK (cards >= 1),
          correct INTEGER NOT NULL CHECK (correct BETWEEN 0 AND cards),
          score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100)
        );
        CREATE INDEX drillSitting_on_session ON drillSitting(session, startedAt, id);
        CREATE TABLE drillCard (
          cardId TEXT PRIMARY KEY NOT NULL,
          box INTEGER NOT NULL CHECK (box >= 1),
          lastSession INTEGER NOT NULL CHECK (lastSession >= 1),
          updatedAt TEXT NOT NULL
        );
        """)
    // Plain SQL with the v4 columns, so later changes to the record types cannot change what
    // this migration writes.
    let history = V2PracticeConversion.convert(
      practice: try PracticeResult.fetchAll(db), drill: try DrillResult.fetchAll(db))
    for attempt in history.attempts {
      try db.execute(
        sql: """
          INSERT INTO practiceAttempt (id, at, persona, askGrade, askScore, quality, readingScore)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          attempt.id, ISOTimestamp.string(attempt.at), attempt.persona, attempt.askGrade.rawValue,
          attempt.askScore, attempt.quality.rawValue, attempt.readingScore,
        ])
    }
    for sitting in history.sittings {
      try db.execute(
        sql: """
          INSERT INTO drillSitting (id, session, startedAt, updatedAt, cards, correct, score)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          sitting.id, sitting.session, ISOTimestamp.string(sitting.startedAt),
          ISOTimestamp.string(sitting.updatedAt), sitting.cards, sitting.correct, sitting.score,
        ])
    }
    for card in history.cards {
      try db.execute(
        sql: "INSERT INTO drillCard (cardId, box, lastSession, updatedAt) VALUES (?, ?, ?, ?)",
        arguments: [
          card.cardId, card.box, card.lastSession, ISOTimestamp.string(card.updatedAt),
        ])
    }
    try db.execute(sql: "DROP TABLE practiceResult; DROP TABLE drillResult")
    try db.execute(sql: "PRAGMA user_version = 4")
  }
}
