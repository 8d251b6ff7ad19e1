import GRDB

/// The journal's tables, built by named migrations.
///
/// Each migration also sets `PRAGMA user_version` to its number, so a file can be recognised
/// (and a newer one refused) from its header before SQLite touches it.
enum JournalSchema {
  /// The schema version this binary writes: the number of the last migration.
  static let version = 2

  /// The names of the migrations, oldest first.
  static let migrationNames = ["v1-leads-meetings-commitments", "v2-practice-drill"]

  static let migrator: DatabaseMigrator = {
    var migrator = DatabaseMigrator()
    migrator.registerMigration(migrationNames[0], migrate: createCore)
    migrator.registerMigration(migrationNames[1], migrate: createPractice)
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
    // Leads are only reached through these composite indexes, which start with leadId.
    try db.create(
      index: "meeting_on_lead", on: "meeting", columns: ["leadId", "day", "createdAt"])
    // The pipeline aggregates finished debriefs per lead from this index alone.
    try db.create(
      index: "meeting_for_pipeline", on: "meeting",
      columns: [
        "kind", "status", "leadId", "day", "createdAt", "verdict", "factCount",
        "complimentCount", "earlyvangelistSigns", "askedCurrency",
      ])
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
    try db.create(index: "commitment_on_status_due", on: "commitment", columns: ["status", "due"])
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
}
