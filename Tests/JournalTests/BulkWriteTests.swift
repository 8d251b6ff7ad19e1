import Foundation
import GRDB
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// Large writes share the journal: an import commits in batches that other writers get between,
/// and neither it nor a migration leaves a log the size of the write for later reads.
struct BulkWriteTests {
  func snapshot(leads count: Int) -> JournalSnapshot {
    var snapshot = JournalSnapshot()
    for index in 0..<count {
      let lead = Lead(name: "Lead \(index)")
      snapshot.leads.append(lead)
      let prep = Meeting(leadId: lead.id, kind: .prep, day: Days.today)
      // The debrief comes first in the file, before the prep it refers to.
      snapshot.meetings.append(
        Meeting(leadId: lead.id, kind: .debrief, prepId: prep.id, day: Days.today))
      snapshot.meetings.append(prep)
    }
    return snapshot
  }

  func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? NSNumber)?.intValue ?? 0
  }

  @Test func anotherWriterGetsInBetweenTheBatchesOfAnImport() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    // No waiting at all: a write that met the import's lock would fail at once.
    let other = JournalStore(path: journal.path, busyTimeout: 0)
    var written: [String] = []
    var reports: [Int] = []
    let summary = try journal.merge(snapshot(leads: 10), batchSize: 4) { done, total in
      reports.append(done)
      #expect(total == 30)
      if let lead = try? other.addLead(Lead(name: "Typed meanwhile \(done)")) {
        written.append(lead.name)
      }
    }
    other.close()
    #expect(summary.inserted == 30)
    #expect(reports == [4, 8, 10, 14, 18, 22, 26, 30])
    #expect(written.count == reports.count, "every batch let the other writer in")
    #expect(try journal.leads().count == 10 + written.count)
  }

  @Test func aDebriefBeforeItsPrepInTheFileImportsInBatchesOfOne() throws {
    let journal = try TemporaryDirectory().journal()
    let summary = try journal.merge(snapshot(leads: 3), batchSize: 1)
    #expect(summary.inserted == 9)
  }

  @Test func prepsComeFirstAndALongChainIsNoProblem() {
    var meetings: [Meeting] = []
    var previous: String?
    for _ in 0..<20_000 {
      let meeting = Meeting(leadId: "lead", kind: .debrief, prepId: previous, day: Days.today)
      meetings.append(meeting)
      previous = meeting.id
    }
    let ordered = JournalStore.prepsFirst(meetings.reversed())
    #expect(ordered.map(\.id) == meetings.map(\.id))
    // A cycle is cut somewhere, and nothing is lost.
    let first = Meeting(id: "a", leadId: "lead", kind: .debrief, prepId: "b", day: Days.today)
    let second = Meeting(id: "b", leadId: "lead", kind: .debrief, prepId: "a", day: Days.today)
    #expect(Set(JournalStore.prepsFirst([first, second]).map(\.id)) == ["a", "b"])
  }

  @Test func anImportLeavesTheLogEmpty() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    _ = try journal.merge(snapshot(leads: 500))
    #expect(size(journal.path + "-wal") == 0)
    journal.close()
  }

  @Test func aReaderEmptiesALargeLogWhenItCloses() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    // Another program grows the log without checkpointing, and stays open (the last connection
    // to close would checkpoint it itself).
    let other = try DatabaseQueue(path: journal.path)
    defer { try? other.close() }
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
      try db.execute(sql: "BEGIN")
      for index in 0..<3_000 {
        try db.execute(
          sql: "INSERT INTO lead (id, name, company, role, stage, tags, createdAt, updatedAt) "
            + "VALUES (?, ?, '', '', 'new', '[]', '2026-11-23T09:00:00.000Z', '2026-11-23T09:00:00.000Z')",
          arguments: ["lead-\(index)", String(repeating: "x", count: 1_000) + "\(index)"])
      }
      try db.execute(sql: "COMMIT")
    }
    let log = size(journal.path + "-wal")
    #expect(log > Int(JournalStore.largeLog))
    #expect(try journal.leads().count == 3_000)
    journal.close()
    #expect(size(journal.path + "-wal") == 0)
  }
}
