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
}
