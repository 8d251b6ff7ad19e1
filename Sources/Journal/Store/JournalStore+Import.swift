import Foundation
import GRDB

extension JournalStore {
  /// Merges a JSON export into the journal, by id, in one transaction.
  ///
  /// A record not in the journal is added; one already there is replaced only when the file's
  /// copy is newer (`updatedAt`, or `answeredAt` for answers). Importing the same file twice
  /// changes nothing the second time.
  ///
  /// - Parameter data: the bytes of a file written by `export(.json)`.
  /// - Returns: how many records were added, updated and left alone.
  /// - Throws: `ImportError` for a bad file (nothing is written), `JournalError` for the journal.
  public func importJSON(_ data: Data) throws -> ImportSummary {
    try merge(JournalSnapshot.decode(json: data), source: data)
  }

  /// Merges a snapshot into the journal by id, as `importJSON(_:)` does, in one transaction.
  ///
  /// - Parameters:
  ///   - snapshot: the records to merge.
  ///   - source: the JSON the snapshot was read from, so errors can name a line.
  /// - Returns: how many records were added, updated and left alone.
  /// - Throws: `ImportError` for a bad record (nothing is written), `JournalError` for the journal.
  public func merge(_ snapshot: JournalSnapshot, source: Data? = nil) throws -> ImportSummary {
    let data = source ?? Data()
    try Self.validateRanges(snapshot, data: data)
    try ImportLimits.check(snapshot, data: data)
    return try importWrite { db in
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      try Self.checkReferences(snapshot, data: data, db: db)
      var summary = ImportSummary()
      for lead in snapshot.leads {
        try Self.merge(lead, key: lead.id, stamp: \.updatedAt, into: db, &summary)
      }
      for meeting in snapshot.meetings {
        try Self.merge(meeting, key: meeting.id, stamp: \.updatedAt, into: db, &summary)
      }
      for answer in snapshot.answers {
        let key = ["meetingId": answer.meetingId, "questionId": answer.questionId]
        try Self.merge(answer, key: key, stamp: \.answeredAt, into: db, &summary)
      }
      for step in snapshot.commitments {
        try Self.merge(step, key: step.id, stamp: \.updatedAt, into: db, &summary)
      }
      for change in snapshot.commitmentChanges {
        try Self.merge(change, key: change.id, stamp: \.at, into: db, &summary)
      }
      for draft in snapshot.drafts {
        let key = ["wizard": draft.wizard, "lead": draft.lead]
        try Self.merge(draft, key: key, stamp: \.updatedAt, into: db, &summary)
      }
      for attempt in snapshot.practiceAttempts {
        try Self.merge(attempt, key: attempt.id, stamp: \.at, into: db, &summary)
      }
      for sitting in snapshot.drillSittings {
        try Self.merge(sitting, key: sitting.id, stamp: \.updatedAt, into: db, &summary)
      }
      for card in snapshot.drillCards {
        try Self.merge(card, key: card.cardId, stamp: \.updatedAt, into: db, &summary)
      }
      // Debriefs from exports written before v5 were never judged by one record's rules.
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO meetingToRejudge
            SELECT id FROM meeting
            WHERE kind = 'debrief' AND status = 'done' AND advanced IS NULL
          """)
      return summary
    }
  }

  private static func merge<Record: FetchableRecord & PersistableRecord & Hashable>(
    _ record: Record, key: some DatabaseValueConvertible, stamp: KeyPath<Record, Date>,
    into db: Database, _ summary: inout ImportSummary
  ) throws {
    try merge(record, existing: Record.fetchOne(db, key: key), stamp: stamp, db, &summary)
  }

  private static func merge<Record: FetchableRecord & PersistableRecord & Hashable>(
    _ record: Record, key: [String: String], stamp: KeyPath<Record, Date>,
    into db: Database, _ summary: inout ImportSummary
  ) throws {
    try merge(record, existing: Record.fetchOne(db, key: key), stamp: stamp, db, &summary)
  }

  private static func merge<Record: PersistableRecord & Hashable>(
    _ record: Record, existing: Record?, stamp: KeyPath<Record, Date>, _ db: Database,
    _ summary: inout ImportSummary
  ) throws {
    guard let existing else {
      try record.insert(db)
      summary.inserted += 1
      return
    }
    if existing != record, record[keyPath: stamp] > existing[keyPath: stamp] {
      try record.update(db)
      summary.updated += 1
    } else {
      summary.unchanged += 1
    }
  }

  private static func validateRanges(_ snapshot: JournalSnapshot, data: Data) throws {
    func fail(_ path: [JSONLocator.Component], _ message: String) -> ImportError {
      ImportError(at: path, in: data, message: message)
    }
    func percent(_ value: Int?, _ path: [JSONLocator.Component]) throws {
      if let value, !(0...100).contains(value) { throw fail(path, "expected a number 0–100") }
    }
    func nonEmpty(_ value: String, _ path: [JSONLocator.Component]) throws {
      if value.isEmpty { throw fail(path, "expected a non-empty id") }
    }
    func atLeastOne(_ value: Int, _ path: [JSONLocator.Component]) throws {
      if value < 1 { throw fail(path, "expected a number of 1 or more") }
    }
    for (index, lead) in snapshot.leads.enumerated() {
      try nonEmpty(lead.id, [.key("leads"), .index(index), .key("id")])
    }
    for (index, meeting) in snapshot.meetings.enumerated() {
      let base: [JSONLocator.Component] = [.key("meetings"), .index(index)]
      try nonEmpty(meeting.id, base + [.key("id")])
      try percent(meeting.strength, base + [.key("strength")])
      try percent(meeting.score, base + [.key("score")])
      for (field, count) in [
        ("complimentCount", meeting.complimentCount), ("factCount", meeting.factCount),
        ("earlyvangelistSigns", meeting.earlyvangelistSigns),
      ] where count < 0 {
        throw fail(base + [.key(field)], "expected a count of zero or more")
      }
    }
    for (index, step) in snapshot.commitments.enumerated() {
      try nonEmpty(step.id, [.key("commitments"), .index(index), .key("id")])
    }
    for (index, attempt) in snapshot.practiceAttempts.enumerated() {
      let base: [JSONLocator.Component] = [.key("practiceAttempts"), .index(index)]
      try nonEmpty(attempt.id, base + [.key("id")])
      try percent(attempt.askScore, base + [.key("askScore")])
      try percent(attempt.readingScore, base + [.key("readingScore")])
    }
    for (index, sitting) in snapshot.drillSittings.enumerated() {
      let base: [JSONLocator.Component] = [.key("drillSittings"), .index(index)]
      try nonEmpty(sitting.id, base + [.key("id")])
      try atLeastOne(sitting.session, base + [.key("session")])
      try atLeastOne(sitting.cards, base + [.key("cards")])
      if !(0...sitting.cards).contains(sitting.correct) {
        throw fail(base + [.key("correct")], "expected a count from 0 to the cards answered")
      }
      try percent(sitting.score, base + [.key("score")])
    }
    for (index, card) in snapshot.drillCards.enumerated() {
      let base: [JSONLocator.Component] = [.key("drillCards"), .index(index)]
      try nonEmpty(card.cardId, base + [.key("cardId")])
      try atLeastOne(card.box, base + [.key("box")])
      try atLeastOne(card.lastSession, base + [.key("lastSession")])
    }
  }

  /// Every reference must point at a record in the file or already in the journal.
  private static func checkReferences(
    _ snapshot: JournalSnapshot, data: Data, db: Database
  ) throws {
    let leadIds = Set(snapshot.leads.map(\.id))
    let meetingIds = Set(snapshot.meetings.map(\.id))
    let commitmentIds = Set(snapshot.commitments.map(\.id))
    func exists(_ table: String, _ id: String, in file: Set<String>) throws -> Bool {
      if file.contains(id) { return true }
      return try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?)", arguments: [id]) ?? false
    }
    func fail(_ path: [JSONLocator.Component], _ what: String) -> ImportError {
      ImportError(
        at: path, in: data,
        message: "refers to a \(what) that is neither in the file nor in the journal")
    }
    for (index, meeting) in snapshot.meetings.enumerated() {
      if try !exists("lead", meeting.leadId, in: leadIds) {
        throw fail([.key("meetings"), .index(index), .key("leadId")], "lead")
      }
      if let prepId = meeting.prepId, try !exists("meeting", prepId, in: meetingIds) {
        throw fail([.key("meetings"), .index(index), .key("prepId")], "meeting")
      }
    }
    for (index, answer) in snapshot.answers.enumerated()
    where try !exists("meeting", answer.meetingId, in: meetingIds) {
      throw fail([.key("answers"), .index(index), .key("meetingId")], "meeting")
    }
    for (index, step) in snapshot.commitments.enumerated() {
      if try !exists("lead", step.leadId, in: leadIds) {
        throw fail([.key("commitments"), .index(index), .key("leadId")], "lead")
      }
      if let meetingId = step.meetingId, try !exists("meeting", meetingId, in: meetingIds) {
        throw fail([.key("commitments"), .index(index), .key("meetingId")], "meeting")
      }
    }
    for (index, change) in snapshot.commitmentChanges.enumerated()
    where try !exists("commitment", change.commitmentId, in: commitmentIds) {
      throw fail([.key("commitmentChanges"), .index(index), .key("commitmentId")], "commitment")
    }
  }
}
