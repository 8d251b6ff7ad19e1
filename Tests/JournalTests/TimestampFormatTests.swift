import Foundation
import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

/// Every record stores its moments as ISO 8601 text with milliseconds, the format exports,
/// imports and a person with `sqlite3` read.
@Suite struct TimestampFormatTests {
  @Test func answersDraftsAndChangesStoreISOText() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let meeting = try journal.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    let moment = Date(timeIntervalSince1970: 1_795_000_000.25)
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: "x", at: moment)
    try journal.saveDraft(wizard: "debrief", lead: lead.id, state: "{}")
    let step = try journal.addCommitment(
      Commitment(leadId: lead.id, what: "intro", owner: .them))
    try journal.setStatus(.done, commitment: step.id, at: moment)
    journal.close()

    let queue = try DatabaseQueue(path: journal.path)
    let stored = try queue.read { db in
      (
        try String.fetchOne(db, sql: "SELECT answeredAt FROM answer"),
        try String.fetchOne(db, sql: "SELECT updatedAt FROM draft"),
        try String.fetchOne(db, sql: "SELECT at FROM commitmentChange")
      )
    }
    let iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
    #expect(stored.0 == "2026-11-18T11:06:40.250Z")
    #expect(try stored.1.flatMap { try iso.wholeMatch(in: $0) } != nil)
    #expect(stored.2 == "2026-11-18T11:06:40.250Z")
  }
}
