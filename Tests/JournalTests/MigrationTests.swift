import Foundation
import GRDB
import Testing

@testable import Journal

@Suite struct MigrationTests {
  @Test func migratesAVersion1JournalKeepingItsData() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("journal.sqlite")
    let output = try sqlite(path, V1Fixture.sql)
    #expect(output.isEmpty, "fixture loads: \(output)")
    #expect(try sqlite(path, "PRAGMA user_version") == "1\n")
    let journal = Journal(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    let lead = try #require(try journal.findLead("ada").value)
    #expect(lead.company == "Analytical Engines")
    #expect(lead.tags == ["warm", "pilot"])
    let meetings = try journal.meetings(lead: lead.id)
    #expect(meetings.count == 1)
    #expect(meetings.first?.verdict == .commitment)
    #expect(try journal.answers(meeting: V1Fixture.meetingId).map(\.value) == ["She'll intro us"])
    #expect(try journal.followups(today: Days.today).map(\.commitment.what) == ["Intro to CFO"])
    try journal.recordPractice(PracticeResult(persona: "cfo", askGrade: 80, readingCorrect: true))
    #expect(try journal.practiceResults().count == 1)
    #expect(try sqlite(path, "PRAGMA integrity_check") == "ok\n")
  }

  @Test func theVersion1MigrationStillBuildsTheFixtureSchema() throws {
    let folder = try TemporaryFolder()
    let migrated = folder.path("migrated.sqlite")
    let queue = try DatabaseQueue(path: migrated)
    try JournalSchema.migrator.migrate(queue, upTo: JournalSchema.migrationNames[0])
    try queue.close()
    let fixture = folder.path("fixture.sqlite")
    try sqlite(fixture, V1Fixture.sql)
    let schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    #expect(try sqlite(migrated, schema) == (try sqlite(fixture, schema)))
  }

  @Test func migratesAVersion2JournalAndBackfillsTheLeadFigures() throws {
    let folder = try TemporaryFolder()
    let path = folder.path("journal.sqlite")
    let queue = try DatabaseQueue(path: path)
    try JournalSchema.migrator.migrate(queue, upTo: JournalSchema.migrationNames[1])
    let lead = Lead(name: "Ada")
    try queue.write { db in
      try lead.insert(db)
      for (day, verdict) in [("2026-11-01", Verdict.hedge), ("2026-11-08", .hedge)] {
        try Meeting(
          leadId: lead.id, kind: .debrief, day: Days.day(day), status: .done, verdict: verdict,
          complimentCount: 2
        ).insert(db)
      }
      try Commitment(
        leadId: lead.id, promisedBy: .them, what: "Intro", due: DueDate("2026-11-20"),
        owner: .them
      ).insert(db)
    }
    try queue.close()
    let journal = Journal(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    let row = try #require(try journal.pipeline(today: Days.today).first)
    #expect(row.meetingCount == 2)
    #expect(row.warnings == [.nextStepOverdue, .zombie])
  }

  @Test func triggerKeptFiguresMatchARecount() throws {
    let folder = try TemporaryFolder()
    let journal = try folder.journal()
    var ada = try History(journal, name: "Ada")
    var grace = try History(journal, name: "Grace")
    try ada.debrief("2026-11-01", verdict: .commitment, facts: 2, signs: 3)
    let moved = try ada.debrief("2026-11-02", verdict: .hedge, compliments: 1)
    try grace.debrief("2026-11-03", verdict: .rejection, asked: .money)
    let step = try ada.step("Pilot", due: "2026-11-30", currency: .money)
    try grace.step("Intro", due: "2026-11-10", status: .done)
    try journal.setStatus(.done, commitment: step.id)
    var changed = moved
    changed.leadId = grace.lead.id
    try journal.updateMeeting(changed)
    var finished = try #require(try journal.meetings(lead: ada.lead.id).first)
    finished.status = .draft
    try journal.updateMeeting(finished)
    journal.close()
    for (table, select) in [
      ("leadMeetingStats", JournalSchema.meetingStatsSelect),
      ("leadCommitmentStats", JournalSchema.commitmentStatsSelect),
    ] {
      let kept = try sqlite(journal.path, "SELECT * FROM \(table) ORDER BY leadId")
      var expected = ""
      for id in [ada.lead.id, grace.lead.id].sorted() {
        expected += try sqlite(
          journal.path, select("'\(id)'").replacingOccurrences(of: "\n", with: " "))
      }
      #expect(kept == expected, "\(table)")
    }
  }
}
