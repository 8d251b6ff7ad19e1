/// A journal as schema version 1 wrote it, frozen: the migration tests start from it.
///
/// The DDL is what `v1-leads-meetings-commitments` produced when v1 shipped; the test
/// `theVersion1MigrationStillBuildsTheFixtureSchema` fails if anyone edits that migration.
enum V1Fixture {
  static let meetingId = "m"

  static let sql = """
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES('v1-leads-meetings-commitments');
    CREATE TABLE IF NOT EXISTS "lead" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "company" TEXT NOT NULL DEFAULT '', "role" TEXT NOT NULL DEFAULT '', "stage" TEXT NOT NULL DEFAULT 'new', "tags" TEXT NOT NULL DEFAULT '[]', "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "meeting" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('prep', 'debrief')), "prepId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "day" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('draft', 'done')), "plannedAsk" TEXT NOT NULL DEFAULT '', "askedCurrency" TEXT CHECK (askedCurrency IN ('time', 'reputation', 'money')), "reply" TEXT NOT NULL DEFAULT '', "verdict" TEXT CHECK (verdict IN ('commitment', 'hedge', 'rejection')), "currencies" TEXT NOT NULL DEFAULT '[]', "strength" INTEGER CHECK (strength BETWEEN 0 AND 100), "score" INTEGER CHECK (score BETWEEN 0 AND 100), "scorecard" TEXT, "complimentCount" INTEGER NOT NULL DEFAULT 0, "factCount" INTEGER NOT NULL DEFAULT 0, "earlyvangelistSigns" INTEGER NOT NULL DEFAULT 0, "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "answer" ("meetingId" TEXT NOT NULL REFERENCES "meeting"("id") ON DELETE CASCADE, "questionId" TEXT NOT NULL, "value" TEXT NOT NULL, "answeredAt" TEXT NOT NULL, PRIMARY KEY ("meetingId", "questionId"));
    CREATE TABLE IF NOT EXISTS "commitment" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "meetingId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "promisedBy" TEXT NOT NULL, "what" TEXT NOT NULL, "currency" TEXT CHECK (currency IN ('time', 'reputation', 'money')), "due" TEXT, "owner" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "commitmentChange" ("id" TEXT PRIMARY KEY NOT NULL, "commitmentId" TEXT NOT NULL REFERENCES "commitment"("id") ON DELETE CASCADE, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "at" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "draft" ("wizard" TEXT NOT NULL, "lead" TEXT NOT NULL, "state" TEXT NOT NULL, "updatedAt" TEXT NOT NULL, PRIMARY KEY ("wizard", "lead"));
    CREATE INDEX lead_on_name ON lead(name COLLATE NOCASE);
    CREATE INDEX "meeting_on_lead" ON "meeting"("leadId", "day", "createdAt");
    CREATE INDEX "meeting_on_prep" ON "meeting"("prepId");
    CREATE INDEX "commitment_on_status_due" ON "commitment"("status", "due", "createdAt", "id");
    CREATE INDEX "commitment_for_pipeline" ON "commitment"("leadId", "status", "due", "promisedBy", "updatedAt", "currency");
    CREATE INDEX "commitment_on_meeting" ON "commitment"("meetingId");
    CREATE INDEX "commitmentChange_on_commitmentId" ON "commitmentChange"("commitmentId");
    INSERT INTO lead VALUES('11111111-aaaa','Ada','Analytical Engines','CTO','pilot','["warm","pilot"]','2026-10-01T09:00:00.000Z','2026-10-02T09:00:00.000Z');
    INSERT INTO meeting VALUES('m','11111111-aaaa','debrief',NULL,'2026-10-05','done','A two-week pilot','time','Yes, let us start Monday','commitment','["time"]',70,65,'{}',1,3,2,'2026-10-05T15:00:00.000Z','2026-10-05T15:30:00.000Z');
    INSERT INTO answer VALUES('m','reply','She''ll intro us','2026-10-05T15:10:00.000Z');
    INSERT INTO commitment VALUES('c1','11111111-aaaa','m','them','Intro to CFO','reputation','2026-10-20','them','promised','2026-10-05T15:20:00.000Z','2026-10-05T15:20:00.000Z');
    INSERT INTO draft VALUES('prep','11111111-aaaa','{"position":2}','2026-10-06T08:00:00.000Z');
    PRAGMA application_id = 1094997571;
    PRAGMA user_version = 1;
    """
}
