import Foundation
import GRDB

extension JournalStore {
  /// How many records one transaction of an import writes: small enough that another writer
  /// waits well under its busy timeout, large enough that syncing each commit costs little.
  public static let importBatchSize = 2_000

  /// Merges a JSON export into the journal, by id.
  ///
  /// A record not in the journal is added; one already there is replaced only when the file's
  /// copy is newer (`updatedAt`, or `answeredAt` for answers). Importing the same file twice
  /// changes nothing the second time.
  ///
  /// - Parameters:
  ///   - data: the bytes of a file written by `export(.json)`.
  ///   - progress: called after each batch is committed, with the records merged so far and
  ///     the total.
  /// - Returns: how many records were added, updated and left alone.
  /// - Throws: `ImportError` for a bad file (nothing is written), `JournalError` for the journal.
  public func importJSON(_ data: Data, progress: (Int, Int) -> Void = { _, _ in })
    throws -> ImportSummary
  {
    try merge(JournalSnapshot.decode(json: data), source: data, progress: progress)
  }

  /// Merges a snapshot into the journal by id, as `importJSON(_:)` does.
  ///
  /// Every check runs before anything is written, so a bad file changes nothing. The records
  /// are then written in transactions of `batchSize`, parents before the records that refer to
  /// them, so other writers get in between instead of timing out behind one long transaction; a
  /// journal failure part way (a full disk) keeps the batches committed, and importing the file
  /// again completes it. The write-ahead log is checkpointed and emptied at the end, so later
  /// reads do not pay for a log the size of the import.
  ///
  /// - Parameters:
  ///   - snapshot: the records to merge.
  ///   - source: the JSON the snapshot was read from, so errors can name a line.
  ///   - batchSize: how many records one transaction writes.
  ///   - progress: called after each batch is committed, with the records merged so far and
  ///     the total.
  /// - Returns: how many records were added, updated and left alone.
  /// - Throws: `ImportError` for a bad record (nothing is written), `JournalError` for the journal.
  public func merge(
    _ snapshot: JournalSnapshot, source: Data? = nil, batchSize: Int = importBatchSize,
    progress: (Int, Int) -> Void = { _, _ in }
  ) throws -> ImportSummary {
    let data = source ?? Data()
    try Self.validateRanges(snapshot, data: data)
    try ImportLimits.check(snapshot, data: data)
    try importWrite { db in try Self.checkReferences(snapshot, data: data, db: db) }
    var summary = ImportSummary()
    let total =
      snapshot.leads.count + snapshot.meetings.count + snapshot.answers.count
      + snapshot.commitments.count + snapshot.commitmentChanges.count + snapshot.drafts.count
      + snapshot.practiceAttempts.count + snapshot.drillSittings.count + snapshot.drillCards.count
    var done = 0
    func inBatches<Record>(_ records: [Record], _ body: (Record, Database) throws -> Void) throws {
      var start = 0
      while start < records.count {
        let end = min(start + max(1, batchSize), records.count)
        try importWrite { db in
          // A batch may refer to records of a later table's batch only through the tables
          // before it, already committed; within a batch, checks wait for the commit.
          try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
          for record in records[start..<end] { try body(record, db) }
        }
        done += end - start
        progress(done, total)
        start = end
      }
    }
    try inBatches(snapshot.leads) { lead, db in
      try Self.merge(lead, key: lead.id, stamp: \.updatedAt, into: db, &summary)
    }
    try inBatches(Self.prepsFirst(snapshot.meetings)) { meeting, db in
      try Self.merge(meeting, key: meeting.id, stamp: \.updatedAt, into: db, &summary)
    }
    try inBatches(snapshot.answers) { answer, db in
      let key = ["meetingId": answer.meetingId, "questionId": answer.questionId]
      try Self.merge(answer, key: key, stamp: \.answeredAt, into: db, &summary)
    }
    try inBatches(snapshot.commitments) { step, db in
      try Self.merge(step, key: step.id, stamp: \.updatedAt, into: db, &summary)
    }
    try inBatches(snapshot.commitmentChanges) { change, db in
      try Self.merge(change, key: change.id, stamp: \.at, into: db, &summary)
    }
    try inBatches(snapshot.drafts) { draft, db in
      let key = ["wizard": draft.wizard, "lead": draft.lead]
      try Self.merge(draft, key: key, stamp: \.updatedAt, into: db, &summary)
    }
    try inBatches(snapshot.practiceAttempts) { attempt, db in
      try Self.merge(attempt, key: attempt.id, stamp: \.at, into: db, &summary)
    }
    try inBatches(snapshot.drillSittings) { sitting, db in
      try Self.merge(sitting, key: sitting.id, stamp: \.updatedAt, into: db, &summary)
    }
    try inBatches(snapshot.drillCards) { card, db in
      try Self.merge(card, key: card.cardId, stamp: \.updatedAt, into: db, &summary)
    }
    // Debriefs from exports written before v5 were never judged by one record's rules.
    try importWrite { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO meetingToRejudge
            SELECT id FROM meeting
            WHERE kind = 'debrief' AND status = 'done' AND advanced IS NULL
          """)
    }
    checkpointFully()
    return summary
  }

  /// `meetings` with every meeting after the one its `prepId` names (when the file has it), so
  /// no batch refers to a meeting a later batch adds; otherwise in the file's order.
  static func prepsFirst(_ meetings: [Meeting]) -> [Meeting] {
    let index = Dictionary(meetings.enumerated().map { ($1.id, $0) }) { first, _ in first }
    // Each meeting's distance from the start of its chain of preps, found without recursion
    // (a hostile file may chain a hundred thousand) and with a cycle counted as a start.
    var depth = [Int?](repeating: nil, count: meetings.count)
    for start in meetings.indices where depth[start] == nil {
      var path: [Int] = []
      var onPath: Set<Int> = []
      var position = start
      var base = 0
      while true {
        if let known = depth[position] {
          base = known + 1
          break
        }
        path.append(position)
        onPath.insert(position)
        guard let prep = meetings[position].prepId, let next = index[prep], !onPath.contains(next)
        else { break }
        position = next
      }
      for (offset, member) in path.reversed().enumerated() { depth[member] = base + offset }
    }
    return meetings.indices.sorted { (depth[$0] ?? 0, $0) < (depth[$1] ?? 0, $1) }
      .map { meetings[$0] }
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
