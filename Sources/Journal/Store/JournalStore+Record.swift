import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// Saves a finished meeting and its next steps in one transaction.
  ///
  /// The meeting's steps still `promised` are replaced (an edited debrief writes its steps
  /// again); those already done, broken or cancelled stay, as history.
  ///
  /// - Returns: the steps as stored.
  @discardableResult
  public func saveRecord(_ meeting: Meeting, steps: [NextStep]) throws(JournalError)
    -> [Commitment]
  {
    var changed = meeting
    changed.updatedAt = Date.journalNow()
    return try write { [changed] db in
      try changed.update(db)
      try Commitment.filter(Column("meetingId") == changed.id && Column("status") == "promised")
        .deleteAll(db)
      // A millisecond apart, so they list in the order the founder wrote them.
      let rows = steps.enumerated().map { index, step in
        Commitment(
          step, leadId: changed.leadId, meetingId: changed.id,
          createdAt: changed.updatedAt.addingTimeInterval(Double(index) / 1000))
      }
      for row in rows { try row.insert(db) }
      return rows
    }
  }

  /// Keeps what a meeting says now (its answers and readings) before it is edited.
  public func keepRevision(of meetingId: String) throws(JournalError) {
    try write { db in
      guard let meeting = try Meeting.fetchOne(db, key: meetingId) else { return }
      let answers = try Answer.filter(Column("meetingId") == meetingId).fetchAll(db)
      let byQuestion = Dictionary(answers.map { ($0.questionId, $0.value) }) { _, last in last }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let text = String(decoding: try encoder.encode(byQuestion), as: UTF8.self)
      try db.execute(
        sql: """
          INSERT INTO meetingRevision
            (id, meetingId, revisedAt, answers, verdict, yourVerdict, advanced, score)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          UUID().uuidString.lowercased(), meetingId, ISOTimestamp.string(Date.journalNow()), text,
          meeting.verdict, meeting.yourVerdict, meeting.advanced, meeting.score,
        ])
    }
  }

  /// How many times a meeting was edited.
  public func revisionCount(of meetingId: String) throws(JournalError) -> Int {
    try read { db in
      try Int.fetchOne(
        db, sql: "SELECT count(*) FROM meetingRevision WHERE meetingId = ?",
        arguments: [meetingId]) ?? 0
    }
  }

  /// Whether finished debriefs wait to be judged again (after the v5 migration): one indexed
  /// read.
  public func needsRejudging() throws(JournalError) -> Bool {
    try read { db in
      try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM meetingToRejudge)") ?? false
    }
  }

  /// Judges again every finished debrief that waits for it, in one transaction: `judge` gets
  /// the meeting, its answers by question id and its steps, and returns them updated (the
  /// steps keep their ids, statuses and dates).
  ///
  /// - Returns: how many meetings were judged.
  @discardableResult
  public func rejudge(
    _ judge: (Meeting, [String: String], [Commitment]) -> (Meeting, [Commitment])
  ) throws(JournalError) -> Int {
    try write { db in
      let ids = try String.fetchAll(db, sql: "SELECT meetingId FROM meetingToRejudge")
      for id in ids {
        guard let meeting = try Meeting.fetchOne(db, key: id) else { continue }
        let answers = try Answer.filter(Column("meetingId") == id).fetchAll(db)
        let byQuestion = Dictionary(
          answers.map { ($0.questionId, $0.value) }, uniquingKeysWith: { _, last in last })
        let steps = try Commitment.filter(Column("meetingId") == id).fetchAll(db)
        let (judged, judgedSteps) = judge(meeting, byQuestion, steps)
        try judged.update(db)
        for step in judgedSteps { try step.update(db) }
      }
      try db.execute(sql: "DELETE FROM meetingToRejudge")
      return ids.count
    }
  }
}
