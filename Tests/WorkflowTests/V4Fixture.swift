/// A journal as `advance` wrote it at schema v4, frozen as SQL (`sqlite3 .dump`): a week of
/// three leads with the stories v4 told wrongly.
///
/// - Maria said a clear no; v4 kept "I send Maria a thank-you email" as her step, and counted
///   fluff and a hypothetical among her three compliments.
/// - Jordan hedged ("send me a deck and I'll forward it to our CFO"); the founder called it a
///   commitment, and v4 made "Send Jordan the deck" Jordan's promise, then counted it kept.
/// - Dana committed after a prep; v4 recorded `legal` as the owner of "Dev signs the order form
///   after legal review", and `Dana` as the owner of a kept intro.
///
/// Do not regenerate it: it stands for files founders already have.
enum V4Fixture {
  static let sql = #"""
    PRAGMA foreign_keys=OFF;
    BEGIN TRANSACTION;
    CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
    INSERT INTO grdb_migrations VALUES('v1-leads-meetings-commitments');
    INSERT INTO grdb_migrations VALUES('v2-practice-drill');
    INSERT INTO grdb_migrations VALUES('v3-lead-stats');
    INSERT INTO grdb_migrations VALUES('v4-practice-progress');
    CREATE TABLE IF NOT EXISTS "lead" ("id" TEXT PRIMARY KEY NOT NULL, "name" TEXT NOT NULL, "company" TEXT NOT NULL DEFAULT '', "role" TEXT NOT NULL DEFAULT '', "stage" TEXT NOT NULL DEFAULT 'new', "tags" TEXT NOT NULL DEFAULT '[]', "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO lead VALUES('lead-maria','Maria Chen','Brightline','COO','new','[]','2026-11-23T09:00:00.000Z','2026-11-23T09:00:00.000Z');
    INSERT INTO lead VALUES('lead-jordan','Jordan Park','Nimbus','Head of Ops','new','[]','2026-11-24T09:00:00.000Z','2026-11-24T09:00:00.000Z');
    INSERT INTO lead VALUES('lead-dana','Dana Reyes','Acme','VP Finance','new','["hot"]','2026-11-25T09:00:00.000Z','2026-11-25T09:00:00.000Z');
    CREATE TABLE IF NOT EXISTS "meeting" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "kind" TEXT NOT NULL CHECK (kind IN ('prep', 'debrief')), "prepId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "day" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('draft', 'done')), "plannedAsk" TEXT NOT NULL DEFAULT '', "askedCurrency" TEXT CHECK (askedCurrency IN ('time', 'reputation', 'money')), "reply" TEXT NOT NULL DEFAULT '', "verdict" TEXT CHECK (verdict IN ('commitment', 'hedge', 'rejection')), "currencies" TEXT NOT NULL DEFAULT '[]', "strength" INTEGER CHECK (strength BETWEEN 0 AND 100), "score" INTEGER CHECK (score BETWEEN 0 AND 100), "scorecard" TEXT, "complimentCount" INTEGER NOT NULL DEFAULT 0, "factCount" INTEGER NOT NULL DEFAULT 0, "earlyvangelistSigns" INTEGER NOT NULL DEFAULT 0, "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO meeting VALUES('m-maria','lead-maria','debrief',NULL,'2026-11-23','done','a 30-minute call with her team','time','No, we built our own tool last year and we are not looking to change.','rejection','[]',5,45,NULL,3,1,0,'2026-11-23T10:00:00.000Z','2026-11-23T10:05:00.000Z');
    INSERT INTO meeting VALUES('m-jordan','lead-jordan','debrief',NULL,'2026-11-24','done','a pilot on their own data','time','Sounds great, send me a deck and I''ll forward it to our CFO.','hedge','[]',15,20,NULL,2,0,0,'2026-11-24T10:00:00.000Z','2026-11-24T10:05:00.000Z');
    INSERT INTO meeting VALUES('p-dana','lead-dana','prep',NULL,'2026-11-25','done','Could you book 45 minutes on Tuesday with your ops lead to try it on last month''s invoices?',NULL,'',NULL,'[]',NULL,NULL,NULL,0,0,0,'2026-11-25T09:30:00.000Z','2026-11-25T09:40:00.000Z');
    INSERT INTO meeting VALUES('m-dana','lead-dana','debrief','p-dana','2026-11-26','done','Could you book 45 minutes on Tuesday with your ops lead to try it on last month''s invoices?','time','Yes, Tuesday 10am works, I''ll bring Dev from ops and introduce you to our CFO.','commitment','["time","reputation"]',80,95,NULL,0,2,1,'2026-11-26T10:00:00.000Z','2026-11-26T10:05:00.000Z');
    CREATE TABLE IF NOT EXISTS "answer" ("meetingId" TEXT NOT NULL REFERENCES "meeting"("id") ON DELETE CASCADE, "questionId" TEXT NOT NULL, "value" TEXT NOT NULL, "answeredAt" TEXT NOT NULL, PRIMARY KEY ("meetingId", "questionId"));
    INSERT INTO answer VALUES('m-maria','lead','Maria Chen','2026-11-23T10:00:01.000Z');
    INSERT INTO answer VALUES('m-maria','planned','a 30-minute call with her team','2026-11-23T10:00:02.000Z');
    INSERT INTO answer VALUES('m-maria','notes',replace('They built an internal tool last year for invoice matching.\nShe said it is a great idea.\nMost teams would probably love this.\nIf it had SAP support they would look again.','\n',char(10)),'2026-11-23T10:00:03.000Z');
    INSERT INTO answer VALUES('m-maria','asked','a 30-minute call with her team next week','2026-11-23T10:00:04.000Z');
    INSERT INTO answer VALUES('m-maria','reply','No, we built our own tool last year and we are not looking to change.','2026-11-23T10:00:05.000Z');
    INSERT INTO answer VALUES('m-maria','verdict','rejection','2026-11-23T10:00:06.000Z');
    INSERT INTO answer VALUES('m-maria','next_step','I send Maria a thank-you email','2026-11-23T10:00:07.000Z');
    INSERT INTO answer VALUES('m-maria','next_step_date','2026-11-24','2026-11-23T10:00:08.000Z');
    INSERT INTO answer VALUES('m-jordan','lead','Jordan Park','2026-11-24T10:00:01.000Z');
    INSERT INTO answer VALUES('m-jordan','planned','a pilot on their own data','2026-11-24T10:00:02.000Z');
    INSERT INTO answer VALUES('m-jordan','notes',replace('He loved the dashboard.\nThey would definitely use it if it had an API.','\n',char(10)),'2026-11-24T10:00:03.000Z');
    INSERT INTO answer VALUES('m-jordan','asked','a two-week pilot on their data','2026-11-24T10:00:04.000Z');
    INSERT INTO answer VALUES('m-jordan','reply','Sounds great, send me a deck and I''ll forward it to our CFO.','2026-11-24T10:00:05.000Z');
    INSERT INTO answer VALUES('m-jordan','verdict','commitment','2026-11-24T10:00:06.000Z');
    INSERT INTO answer VALUES('m-jordan','currencies','reputation','2026-11-24T10:00:07.000Z');
    INSERT INTO answer VALUES('m-jordan','next_step','Send Jordan the deck','2026-11-24T10:00:08.000Z');
    INSERT INTO answer VALUES('p-dana','ask','Could you book 45 minutes on Tuesday with your ops lead to try it on last month''s invoices?','2026-11-25T09:31:00.000Z');
    INSERT INTO answer VALUES('p-dana','stage','follow-up','2026-11-25T09:32:00.000Z');
    INSERT INTO answer VALUES('m-dana','lead','Dana Reyes','2026-11-26T10:00:01.000Z');
    INSERT INTO answer VALUES('m-dana','notes',replace('They reconcile 300 invoices a month by hand.\nDev built a spreadsheet macro to flag duplicates.','\n',char(10)),'2026-11-26T10:00:03.000Z');
    INSERT INTO answer VALUES('m-dana','asked','45 minutes on Tuesday with the ops lead','2026-11-26T10:00:04.000Z');
    INSERT INTO answer VALUES('m-dana','reply','Yes, Tuesday 10am works, I''ll bring Dev from ops and introduce you to our CFO.','2026-11-26T10:00:05.000Z');
    INSERT INTO answer VALUES('m-dana','verdict','commitment','2026-11-26T10:00:06.000Z');
    INSERT INTO answer VALUES('m-dana','next_step','Dev signs the order form after legal review','2026-11-26T10:00:07.000Z');
    INSERT INTO answer VALUES('m-dana','next_step_date','2026-12-14','2026-11-26T10:00:08.000Z');
    CREATE TABLE IF NOT EXISTS "commitment" ("id" TEXT PRIMARY KEY NOT NULL, "leadId" TEXT NOT NULL REFERENCES "lead"("id") ON DELETE CASCADE, "meetingId" TEXT REFERENCES "meeting"("id") ON DELETE SET NULL, "promisedBy" TEXT NOT NULL, "what" TEXT NOT NULL, "currency" TEXT CHECK (currency IN ('time', 'reputation', 'money')), "due" TEXT, "owner" TEXT NOT NULL, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "createdAt" TEXT NOT NULL, "updatedAt" TEXT NOT NULL);
    INSERT INTO commitment VALUES('c-maria','lead-maria','m-maria','us','I send Maria a thank-you email',NULL,'2026-11-24','us','done','2026-11-23T10:05:00.000Z','2026-11-24T08:00:00.000Z');
    INSERT INTO commitment VALUES('c-jordan','lead-jordan','m-jordan','them','Send Jordan the deck',NULL,NULL,'them','done','2026-11-24T10:05:00.000Z','2026-11-25T08:00:00.000Z');
    INSERT INTO commitment VALUES('c-dana','lead-dana','m-dana','them','Dev signs the order form after legal review','time','2026-12-14','legal','promised','2026-11-26T10:05:00.000Z','2026-11-26T10:05:00.000Z');
    INSERT INTO commitment VALUES('c-dana-intro','lead-dana',NULL,'them','Intro to the CFO','reputation','2026-11-28','Dana','done','2026-11-26T10:06:00.000Z','2026-11-28T09:00:00.000Z');
    CREATE TABLE IF NOT EXISTS "commitmentChange" ("id" TEXT PRIMARY KEY NOT NULL, "commitmentId" TEXT NOT NULL REFERENCES "commitment"("id") ON DELETE CASCADE, "status" TEXT NOT NULL CHECK (status IN ('promised', 'done', 'broken', 'cancelled')), "at" TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS "draft" ("wizard" TEXT NOT NULL, "lead" TEXT NOT NULL, "state" TEXT NOT NULL, "updatedAt" TEXT NOT NULL, PRIMARY KEY ("wizard", "lead"));
    CREATE TABLE leadMeetingStats (
      leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
      meetings INTEGER NOT NULL, lastDay TEXT, lastCommitmentDay TEXT,
      facts INTEGER NOT NULL, compliments INTEGER NOT NULL, maxSigns INTEGER NOT NULL,
      askedMoney INTEGER NOT NULL, streak INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO leadMeetingStats VALUES('lead-dana',1,'2026-11-26','2026-11-26',2,0,1,0,0);
    INSERT INTO leadMeetingStats VALUES('lead-jordan',1,'2026-11-24',NULL,0,2,0,0,1);
    INSERT INTO leadMeetingStats VALUES('lead-maria',1,'2026-11-23',NULL,1,3,0,0,1);
    CREATE TABLE leadCommitmentStats (
      leadId TEXT PRIMARY KEY NOT NULL REFERENCES lead(id) ON DELETE CASCADE,
      steps INTEGER NOT NULL, openSteps INTEGER NOT NULL, nextDue TEXT, lastKeptAt TEXT,
      anyMoney INTEGER NOT NULL, keptId TEXT
    ) WITHOUT ROWID;
    INSERT INTO leadCommitmentStats VALUES('lead-dana',2,1,'2026-12-14','2026-11-28T09:00:00.000Z',0,'c-dana-intro');
    INSERT INTO leadCommitmentStats VALUES('lead-jordan',1,0,NULL,'2026-11-25T08:00:00.000Z',0,'c-jordan');
    INSERT INTO leadCommitmentStats VALUES('lead-maria',1,0,NULL,NULL,0,NULL);
    CREATE TABLE practiceAttempt (
      id TEXT PRIMARY KEY NOT NULL,
      at TEXT NOT NULL,
      persona TEXT NOT NULL,
      askGrade TEXT NOT NULL CHECK (askGrade IN ('weak', 'fair', 'strong')),
      askScore INTEGER NOT NULL CHECK (askScore BETWEEN 0 AND 100),
      quality TEXT NOT NULL CHECK (quality IN ('vague', 'oversized', 'undated', 'crisp')),
      readingScore INTEGER NOT NULL CHECK (readingScore BETWEEN 0 AND 100)
    );
    CREATE TABLE drillSitting (
      id TEXT PRIMARY KEY NOT NULL,
      session INTEGER NOT NULL CHECK (session >= 1),
      startedAt TEXT NOT NULL,
      updatedAt TEXT NOT NULL,
      cards INTEGER NOT NULL CHECK (cards >= 1),
      correct INTEGER NOT NULL CHECK (correct BETWEEN 0 AND cards),
      score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100)
    );
    CREATE TABLE drillCard (
      cardId TEXT PRIMARY KEY NOT NULL,
      box INTEGER NOT NULL CHECK (box >= 1),
      lastSession INTEGER NOT NULL CHECK (lastSession >= 1),
      updatedAt TEXT NOT NULL
    );
    CREATE INDEX lead_on_name ON lead(name COLLATE NOCASE);
    CREATE INDEX "meeting_on_lead" ON "meeting"("leadId", "day", "createdAt");
    CREATE INDEX "meeting_on_prep" ON "meeting"("prepId");
    CREATE INDEX "commitment_on_status_due" ON "commitment"("status", "due", "createdAt", "id");
    CREATE INDEX "commitment_for_pipeline" ON "commitment"("leadId", "status", "due", "promisedBy", "updatedAt", "currency");
    CREATE INDEX "commitment_on_meeting" ON "commitment"("meetingId");
    CREATE INDEX "commitmentChange_on_commitmentId" ON "commitmentChange"("commitmentId");
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
    CREATE INDEX practiceAttempt_on_at ON practiceAttempt(at, id);
    CREATE INDEX drillSitting_on_session ON drillSitting(session, startedAt, id);
    COMMIT;
    PRAGMA application_id = 1094997571;
    PRAGMA user_version = 4;
    """#
}
