import GRDB

extension JournalSchema {
  /// v5: one meeting record.
  ///
  /// - `meeting.yourVerdict` keeps the founder's reading beside the judge's `verdict`, and
  ///   `meeting.advanced` the one decision of whether the meeting advanced.
  /// - A step's owner is `us` or `them`; a name once kept there moves to `commitment.person`,
  ///   and `promisedBy`, which said the same thing twice, goes.
  /// - The per-lead figures count advanced meetings (not commitment verdicts) and kept
  ///   promises by their owner.
  /// - A lead met at least once is `met`, not `new`.
  /// - `meetingRevision` keeps what a debrief said before it was edited.
  ///
  /// The judge is not available here, so every finished debrief is listed in
  /// `meetingToRejudge` with a provisional `advanced` (its verdict was a commitment); the
  /// application recomputes each from its stored answers and clears the list.
  static func createMeetingRecord(_ db: Database) throws {
    try db.execute(
      sql: """
        DROP TRIGGER meeting_stats_insert; DROP TRIGGER meeting_stats_update;
        DROP TRIGGER meeting_stats_delete; DROP TRIGGER commitment_stats_insert;
        DROP TRIGGER commitment_stats_update; DROP TRIGGER commitment_stats_delete;

        ALTER TABLE meeting ADD COLUMN yourVerdict TEXT
          CHECK (yourVerdict IN ('commitment', 'hedge', 'rejection'));
        ALTER TABLE meeting ADD COLUMN advanced INTEGER CHECK (advanced IN (0, 1));
        UPDATE meeting SET
          yourVerdict = (
            SELECT value FROM answer WHERE answer.meetingId = meeting.id
              AND questionId = 'verdict' AND value IN ('commitment', 'hedge', 'rejection')),
          advanced = (verdict = 'commitment')
        WHERE kind = 'debrief' AND status = 'done';

        ALTER TABLE commitment ADD COLUMN person TEXT;
        UPDATE commitment SET person = owner WHERE owner NOT IN ('us', 'them');
        UPDATE commitment SET owner = 'them' WHERE owner <> 'us';
        UPDATE commitment SET currency = NULL WHERE owner = 'us';
        DROP INDEX commitment_for_pipeline;
        ALTER TABLE commitment DROP COLUMN promisedBy;
        CREATE INDEX commitment_for_pipeline
          ON commitment(leadId, status, due, owner, updatedAt, currency);

        ALTER TABLE leadMeetingStats RENAME COLUMN lastCommitmentDay TO lastAdvancedDay;
        DELETE FROM leadMeetingStats;
        DELETE FROM leadCommitmentStats;
        ALTER TABLE leadCommitmentStats ADD COLUMN nextId TEXT;

        CREATE TABLE meetingToRejudge (
          meetingId TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        INSERT INTO meetingToRejudge
          SELECT id FROM meeting WHERE kind = 'debrief' AND status = 'done';

        CREATE TABLE meetingRevision (
          id TEXT PRIMARY KEY NOT NULL,
          meetingId TEXT NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          revisedAt TEXT NOT NULL,
          answers TEXT NOT NULL,
          verdict TEXT, yourVerdict TEXT, advanced INTEGER, score INTEGER
        );
        CREATE INDEX meetingRevision_on_meeting ON meetingRevision(meetingId, revisedAt);

        UPDATE lead SET stage = 'met' WHERE stage = 'new' AND EXISTS (
          SELECT 1 FROM meeting WHERE leadId = lead.id AND kind = 'debrief' AND status = 'done');
        """)
    for (table, source, select) in [
      ("leadMeetingStats", "meeting", LeadStats.meetingSelect),
      ("leadCommitmentStats", "commitment", LeadStats.v5CommitmentSelect),
    ] {
      try createStats(db, table: table, source: source, select: select)
    }
    try db.execute(sql: "PRAGMA user_version = 5")
  }
}
