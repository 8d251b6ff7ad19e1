import GRDB

extension JournalSchema {
  /// The answers `search` finds, by question id.
  ///
  /// The debrief's notes, reply and what was asked, and the prep's planned ask; next steps
  /// are found through `commitment`.
  static let searchedQuestions = ["notes", "reply", "asked", "ask"]

  /// v6: when meetings are, and full-text search.
  ///
  /// - `meeting.scheduledFor` is when the meeting is (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`), as
  ///   the prep's `when` answer gave it; a partial index serves the day's agenda.
  /// - `answerText` and `stepText` are FTS5 tables holding a copy of the searched answers and
  ///   every step's text under the rowid of their row, kept in step by triggers (an import
  ///   or an edited debrief goes through the same triggers), and filled from what is there.
  static func createWeek(_ db: Database) throws {
    let questions = searchedQuestions.map { "'\($0)'" }.joined(separator: ", ")
    try db.execute(
      sql: """
        ALTER TABLE meeting ADD COLUMN scheduledFor TEXT;
        CREATE INDEX meeting_on_schedule ON meeting(scheduledFor, leadId)
          WHERE scheduledFor IS NOT NULL;

        CREATE VIRTUAL TABLE answerText USING fts5(
          value, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE stepText USING fts5(
          what, tokenize = 'unicode61 remove_diacritics 2');

        CREATE TRIGGER answer_text_insert AFTER INSERT ON answer
        WHEN NEW.questionId IN (\(questions)) BEGIN
          INSERT OR REPLACE INTO answerText(rowid, value) VALUES (NEW.rowid, NEW.value);
        END;
        CREATE TRIGGER answer_text_update AFTER UPDATE ON answer BEGIN
          DELETE FROM answerText WHERE rowid = OLD.rowid;
          INSERT OR REPLACE INTO answerText(rowid, value)
            SELECT NEW.rowid, NEW.value WHERE NEW.questionId IN (\(questions));
        END;
        CREATE TRIGGER answer_text_delete AFTER DELETE ON answer BEGIN
          DELETE FROM answerText WHERE rowid = OLD.rowid;
        END;

        CREATE TRIGGER commitment_text_insert AFTER INSERT ON commitment BEGIN
          INSERT OR REPLACE INTO stepText(rowid, what) VALUES (NEW.rowid, NEW.what);
        END;
        CREATE TRIGGER commitment_text_update AFTER UPDATE OF what ON commitment BEGIN
          DELETE FROM stepText WHERE rowid = OLD.rowid;
          INSERT OR REPLACE INTO stepText(rowid, what) VALUES (NEW.rowid, NEW.what);
        END;
        CREATE TRIGGER commitment_text_delete AFTER DELETE ON commitment BEGIN
          DELETE FROM stepText WHERE rowid = OLD.rowid;
        END;

        INSERT INTO answerText(rowid, value)
          SELECT rowid, value FROM answer WHERE questionId IN (\(questions));
        INSERT INTO stepText(rowid, what) SELECT rowid, what FROM commitment;
        """)
    try db.execute(sql: "PRAGMA user_version = 6")
  }
}
