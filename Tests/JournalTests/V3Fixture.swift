/// A journal as schema version 3 wrote it, frozen: the v4 migration tests start from it.
///
/// This is the `sqlite3 .dump` of a journal that the v3 `advance` created, with a lead, a
/// finished debrief and its promised step (so the v3 per-lead figures are filled in), and rows in
/// v2's `practiceResult` and `drillResult` tables, which v4 converts. The test
/// `theFirstThreeMigrationsStillBuildTheVersion3FixtureSchema` fails if anyone edits v1 to v3.
///
/// The drill answers span three days, so three sessions: card c1 missed, then right and missed on
/// the same day (the last answer counts), c2 right every time, c3 right once.
enum V3Fixture {
  static let leadId = "22222222-bbbb"

  static let sql = """
    PRAGMA foreign_keys=OFF;
    BEGIN TRANSACTION;
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES('v1-leads-meetings-commitments');
    INSERT INTO grdb_migrations VALUES('v2-practice-drill');
    INSERT INTO grdb_migrations VALUES('v3-lead-stats');
    CREATE TABLE IF NOT EXISTS "lead" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "company" TEXT NOT NULL DEFAULT '', "role" TEXT NOT NULL DEFAULT '', "stage" TEXT NOT NULL DEFAULT 'new', "tags" TEXT NOT NULL DEFAULT '[]', "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO lead VALUES('22222222-bbbb','Grace','Compilers Ltd','VP Eng','pilot','["hot"]','2026-10-01T09:00:00.000Z','2026-10-03T09:00:00.000Z');
    CREATE TABLE IF NOT EXISTS "meeting" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('prep', 'debrief')), "prepId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "day" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('draft', 'done')), "plannedAsk" TEXT NOT NULL DEFAULT '', "askedCurrency" TEXT CHECK (askedCurrency IN ('time', 'reputation', 'money')), "reply" TEXT NOT NULL DEFAULT '', "verdict" TEXT CHECK (verdict IN ('commitment', 'hedge', 'rejection')), "currencies" TEXT NOT NULL DEFAULT '[]', "strength" INTEGER CHECK (strength BETWEEN 0 AND 100), "score" INTEGER CHECK (score BETWEEN 0 AND 100), "scorecard" TEXT, "complimentCount" INTEGER NOT NULL DEFAULT 0, "factCount" INTEGER NOT NULL DEFAULT 0, "earlyvangelistSigns" INTEGER NOT NULL DEFAULT 0, "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO meeting VALUES('g1','22222222-bbbb','debrief',NULL,'2026-10-03','done','A paid pilot','money','Send the contract','commitment','["money"]',85,80,'{}',0,4,3,'2026-10-03T15:00:00.000Z','2026-10-03T15:30:00.000Z');
    CREATE TABLE IF NOT EXISTS "answer" ("meetingId" TEXT NOT NULL REFERENCES "meeting"("id") ON DELETE CASCADE, "questionId" TEXT NOT NULL, "value" TEXT NOT NULL, "answeredAt" TEXT NOT NULL, PRIMARY KEY ("meetingId", "questionId"));
    INSERT INTO answer VALUES('g1','reply','Send the contract','2026-10-03T15:10:00.000Z');
    CREATE TABLE IF NOT EXISTS "commitment" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "meetingId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "promisedBy" TEXT NOT NULL, "what" TEXT NOT NULL, "currency" TEXT CHECK (currency IN ('time', 'reputation', 'money')), "due" TEXT, "owner" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO commitment VALUES('gc1','22222222-bbbb','g1','them','Sign the pilot','money','2026-10-20','them','promised','2026-10-03T15:20:00.000Z','2026-10-03T15:20:00.000Z');
    CREATE TABLE IF NOT EXISTS "commitmentChange" ("id" TEXT PRIMARY KEY NOT NULL, "commitmentId" TEXT NOT NULL REFERENCES "commitment"("id") ON DELETE CASCADE, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "at" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "draft" ("wizard" TEXT NOT NULL, "lead" TEXT NOT NULL, "state" TEXT NOT NULL, "updatedAt" TEXT NOT NULL, PRIMARY KEY ("wizard", "lead"));
    CREATE TABLE IF NOT EXISTS "practiceResult" ("id" TEXT PRIMARY KEY NOT NULL, "persona" TEXT NOT NULL, "askGrade" INTEGER NOT NULL CHECK (askGrade BETWEEN 0 AND 100), "readingCorrect" BOOLEAN NOT NULL, "at" TEXT NOT NULL);
    INSERT INTO practiceResult VALUES('p1','staller',30,1,'2026-10-10T08:00:00.000Z');
    INSERT INTO practiceResult VALUES('p2','skeptic',60,0,'2026-10-11T08:00:00.000Z');
    INSERT INTO practiceResult VALUES('p3','skeptic',90,1,'2026-10-13T08:00:00.000Z');
    CREATE TABLE IF NOT EXISTS "drillResult" ("id" TEXT PRIMARY KEY NOT NULL, "cardId" TEXT NOT NULL, "correct" BOOLEAN NOT NULL, "at" TEXT NOT NULL, "nextDue" TEXT NOT NULL);
    INSERT INTO drillResult VALUES('d1','c1',0,'2026-10-10T09:00:00.000Z','2026-10-11');
    INSERT INTO drillResult VALUES('d2','c2',1,'2026-10-10T09:01:00.000Z','2026-10-12');
    INSERT INTO drillResult VALUES('d3','c3',1,'2026-10-10T09:02:00.000Z','2026-10-12');
    INSERT INTO drillResult VALUES('d4','c1',1,'2026-10-11T09:00:00.000Z','2026-10-13');
    INSERT INTO drillResult VALUES('d5','c2',1,'2026-10-11T09:01:00.000Z','2026-10-15');
    INSERT INTO drillResult VALUES('d6','c1',0,'2026-10-11T09:05:00.000Z','2026-10-12');
    INSERT INTO drillResult VALUES('d7','c2',1,'2026-10-13T09:00:00.000Z','2026-10-21');
    CREATE TABLE leadMeetingStats (
      leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
      meetings INTEGER NOT NULL, lastDay TEXT, lastCommitmentDay TEXT,
      facts INTEGER NOT NULL, compliments INTEGER NOT NULL, maxSigns INTEGER NOT NULL,
      askedMoney INTEGER NOT NULL, streak INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO leadMeetingStats VALUES('22222222-bbbb',1,'2026-10-03','2026-10-03',4,0,3,1,0);
    CREATE TABLE leadCommitmentStats (
      leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
      steps INTEGER NOT NULL, openSteps INTEGER NOT NULL, nextDue TEXT, lastKeptAt TEXT,
      anyMoney INTEGER NOT NULL, keptId TEXT
    ) WITHOUT ROWID;
    INSERT INTO leadCommitmentStats VALUES('22222222-bbbb',1,1,'2026-10-20',NULL,1,NULL);
    CREATE INDEX lead_on_name ON lead(name COLLATE NOCASE);
    CREATE INDEX "meeting_on_lead" ON "meeting"("leadId", "day", "createdAt");
    CREATE INDEX "meeting_on_prep" ON "meeting"("prepId");
    CREATE INDEX "commitment_on_status_due" ON "commitment"("status", "due", "createdAt", "id");
    CREATE INDEX "commitment_for_pipeline" ON "commitment"("leadId", "status", "due", "promisedBy", "updatedAt", "currency");
    CREATE INDEX "commitment_on_meeting" ON "commitment"("meetingId");
    CREATE INDEX "commitmentChange_on_commitmentId" ON "commitmentChange"("commitmentId");
    CREATE INDEX "drillResult_on_card" ON "drillResult"("cardId", "at");
    CREATE TRIGGER meeting_stats_insert AFTER INSERT ON meeting BEGIN
      INSERT OR REPLACE INTO leadMeetingStats SELECT NEW.leadId, COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = NEW.leadId AND kind = 'debrief' AND status = 'done'
               AND verdict = 'commitment'), '')), 0)
    FROM meeting WHERE leadId = NEW.leadId AND kind = 'debrief' AND status = 'done';
    END;
    CREATE TRIGGER meeting_stats_update AFTER UPDATE ON meeting BEGIN
      INSERT OR REPLACE INTO leadMeetingStats SELECT NEW.leadId, COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = NEW.leadId AND kind = 'debrief' AND status = 'done'
               AND verdict = 'commitment'), '')), 0)
    FROM meeting WHERE leadId = NEW.leadId AND kind = 'debrief' AND status = 'done';
      DELETE FROM leadMeetingStats WHERE leadId = OLD.leadId AND OLD.leadId <> NEW.leadId;
      INSERT OR REPLACE INTO leadMeetingStats
        SELECT * FROM (SELECT OLD.leadId, COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = OLD.leadId AND kind = 'debrief' AND status = 'done'
               AND verdict = 'commitment'), '')), 0)
    FROM meeting WHERE leadId = OLD.leadId AND kind = 'debrief' AND status = 'done')
        WHERE OLD.leadId <> NEW.leadId AND EXISTS (SELECT 1 FROM lead WHERE id = OLD.leadId);
    END;
    CREATE TRIGGER meeting_stats_delete AFTER DELETE ON meeting
    WHEN EXISTS (SELECT 1 FROM lead WHERE id = OLD.leadId) BEGIN
      INSERT OR REPLACE INTO leadMeetingStats SELECT OLD.leadId, COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = OLD.leadId AND kind = 'debrief' AND status = 'done'
               AND verdict = 'commitment'), '')), 0)
    FROM meeting WHERE leadId = OLD.leadId AND kind = 'debrief' AND status = 'done';
    END;
    CREATE TRIGGER commitment_stats_insert AFTER INSERT ON commitment BEGIN
      INSERT OR REPLACE INTO leadCommitmentStats SELECT NEW.leadId, COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = NEW.leadId AND status = 'done' AND promisedBy <> 'us'
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1)
    FROM commitment WHERE leadId = NEW.leadId;
    END;
    CREATE TRIGGER commitment_stats_update AFTER UPDATE ON commitment BEGIN
      INSERT OR REPLACE INTO leadCommitmentStats SELECT NEW.leadId, COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = NEW.leadId AND status = 'done' AND promisedBy <> 'us'
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1)
    FROM commitment WHERE leadId = NEW.leadId;
      DELETE FROM leadCommitmentStats WHERE leadId = OLD.leadId AND OLD.leadId <> NEW.leadId;
      INSERT OR REPLACE INTO leadCommitmentStats
        SELECT * FROM (SELECT OLD.leadId, COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = OLD.leadId AND status = 'done' AND promisedBy <> 'us'
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1)
    FROM commitment WHERE leadId = OLD.leadId)
        WHERE OLD.leadId <> NEW.leadId AND EXISTS (SELECT 1 FROM lead WHERE id = OLD.leadId);
    END;
    CREATE TRIGGER commitment_stats_delete AFTER DELETE ON commitment
    WHEN EXISTS (SELECT 1 FROM lead WHERE id = OLD.leadId) BEGIN
      INSERT OR REPLACE INTO leadCommitmentStats SELECT OLD.leadId, COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = OLD.leadId AND status = 'done' AND promisedBy <> 'us'
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1)
    FROM commitment WHERE leadId = OLD.leadId;
    END;
    COMMIT;
    PRAGMA application_id = 1094997571;
    PRAGMA user_version = 3;
    """

  /// `advance export --format json` of the same journal, as the v3 `advance` wrote it: practice
  /// as `practiceResults` and `drillResults`.
  static let export = """
    {
      "answers" : [
        {
          "answeredAt" : "2026-10-03T15:10:00.000Z",
          "meetingId" : "g1",
          "questionId" : "reply",
          "value" : "Send the contract"
        }
      ],
      "commitmentChanges" : [

      ],
      "commitments" : [
        {
          "createdAt" : "2026-10-03T15:20:00.000Z",
          "currency" : "money",
          "due" : "2026-10-20",
          "id" : "gc1",
          "leadId" : "22222222-bbbb",
          "meetingId" : "g1",
          "owner" : "them",
          "promisedBy" : "them",
          "status" : "promised",
          "updatedAt" : "2026-10-03T15:20:00.000Z",
          "what" : "Sign the pilot"
        }
      ],
      "drafts" : [

      ],
      "drillResults" : [
        {
          "at" : "2026-10-10T09:00:00.000Z",
          "cardId" : "c1",
          "correct" : false,
          "id" : "d1",
          "nextDue" : "2026-10-11"
        },
        {
          "at" : "2026-10-10T09:01:00.000Z",
          "cardId" : "c2",
          "correct" : true,
          "id" : "d2",
          "nextDue" : "2026-10-12"
        },
        {
          "at" : "2026-10-10T09:02:00.000Z",
          "cardId" : "c3",
          "correct" : true,
          "id" : "d3",
          "nextDue" : "2026-10-12"
        },
        {
          "at" : "2026-10-11T09:00:00.000Z",
          "cardId" : "c1",
          "correct" : true,
          "id" : "d4",
          "nextDue" : "2026-10-13"
        },
        {
          "at" : "2026-10-11T09:01:00.000Z",
          "cardId" : "c2",
          "correct" : true,
          "id" : "d5",
          "nextDue" : "2026-10-15"
        },
        {
          "at" : "2026-10-11T09:05:00.000Z",
          "cardId" : "c1",
          "correct" : false,
          "id" : "d6",
          "nextDue" : "2026-10-12"
        },
        {
          "at" : "2026-10-13T09:00:00.000Z",
          "cardId" : "c2",
          "correct" : true,
          "id" : "d7",
          "nextDue" : "2026-10-21"
        }
      ],
      "format" : "advance-journal",
      "leads" : [
        {
          "company" : "Compilers Ltd",
          "createdAt" : "2026-10-01T09:00:00.000Z",
          "id" : "22222222-bbbb",
          "name" : "Grace",
          "role" : "VP Eng",
          "stage" : "pilot",
          "tags" : [
            "hot"
          ],
          "updatedAt" : "2026-10-03T09:00:00.000Z"
        }
      ],
      "meetings" : [
        {
          "askedCurrency" : "money",
          "complimentCount" : 0,
          "createdAt" : "2026-10-03T15:00:00.000Z",
          "currencies" : [
            "money"
          ],
          "day" : "2026-10-03",
          "earlyvangelistSigns" : 3,
          "factCount" : 4,
          "id" : "g1",
          "kind" : "debrief",
          "leadId" : "22222222-bbbb",
          "plannedAsk" : "A paid pilot",
          "reply" : "Send the contract",
          "score" : 80,
          "scorecard" : "{}",
          "status" : "done",
          "strength" : 85,
          "updatedAt" : "2026-10-03T15:30:00.000Z",
          "verdict" : "commitment"
        }
      ],
      "practiceResults" : [
        {
          "askGrade" : 30,
          "at" : "2026-10-10T08:00:00.000Z",
          "id" : "p1",
          "persona" : "staller",
          "readingCorrect" : true
        },
        {
          "askGrade" : 60,
          "at" : "2026-10-11T08:00:00.000Z",
          "id" : "p2",
          "persona" : "skeptic",
          "readingCorrect" : false
        },
        {
          "askGrade" : 90,
          "at" : "2026-10-13T08:00:00.000Z",
          "id" : "p3",
          "persona" : "skeptic",
          "readingCorrect" : true
        }
      ],
      "schemaVersion" : 3
    }
    """
}
