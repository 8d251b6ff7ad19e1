import GRDB

extension JournalSchema {
  /// v7: the founder's names, as call transcripts write them, and what a debrief took from a
  /// call.
  ///
  /// - `founderName` holds the speaker names that are the founder's side, remembered from
  ///   `--me` (or the one question asked when it is missing), compared without case.
  /// - `meetingCall` says which of a debrief's answers were proposed from a call and kept as
  ///   proposed, and holds the transcript's text only when the founder asked to keep it.
  static func createFounderNames(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE founderName (
          name TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
          addedAt TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE meetingCall (
          meetingId TEXT PRIMARY KEY NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
          format TEXT NOT NULL,
          fromCall TEXT NOT NULL DEFAULT '[]',
          transcript TEXT
        ) WITHOUT ROWID;
        """)
    try db.execute(sql: "PRAGMA user_version = 7")
  }
}
