import Foundation
import GRDB

extension JournalStore {
  /// The names the founder goes by in call transcripts, oldest first.
  public func founderNames() throws(JournalError) -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT name FROM founderName ORDER BY addedAt, name")
    }
  }

  /// Remembers names as the founder's in later calls (a name already known is kept as it is).
  public func rememberFounderNames(_ names: [String]) throws(JournalError) {
    let now = ISOTimestamp.string(Date())
    try write { db in
      for name in names where !name.isEmpty {
        try db.execute(
          sql: "INSERT OR IGNORE INTO founderName (name, addedAt) VALUES (?, ?)",
          arguments: [name, now])
      }
    }
  }

  /// Records that a debrief was proposed from a call: its format, the question ids whose
  /// answers were kept as the call proposed them, and the transcript only when it is to be kept.
  public func recordCall(
    meeting: String, format: String, fromCall: [String], transcript: String?
  ) throws(JournalError) {
    let ids =
      (try? JSONEncoder().encode(fromCall.sorted())).map { String(decoding: $0, as: UTF8.self) }
      ?? "[]"
    try write { db in
      try db.execute(
        sql: """
          INSERT INTO meetingCall (meetingId, format, fromCall, transcript) VALUES (?, ?, ?, ?)
          ON CONFLICT (meetingId) DO UPDATE SET
            format = excluded.format, fromCall = excluded.fromCall,
            transcript = excluded.transcript
          """,
        arguments: [meeting, format, ids, transcript])
    }
  }

  /// What a debrief took from a call, if it was proposed from one.
  public func call(meeting: String) throws(JournalError) -> (
    format: String, fromCall: [String], transcript: String?
  )? {
    try read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT format, fromCall, transcript FROM meetingCall WHERE meetingId = ?",
          arguments: [meeting])
      else { return nil }
      let ids =
        (try? JSONDecoder().decode([String].self, from: Data((row["fromCall"] as String).utf8)))
        ?? []
      return (row["format"], ids, row["transcript"])
    }
  }
}
