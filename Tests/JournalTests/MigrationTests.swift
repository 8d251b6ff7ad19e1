import Foundation
import GRDB
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

@Suite struct MigrationTests {
  @Test func migratesAVersion1JournalKeepingItsData() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    let output = try sqlite(path, V1Fixture.sql)
    #expect(output.isEmpty, "fixture loads: \(output)")
    #expect(try sqlite(path, "PRAGMA user_version") == "1\n")
    let journal = JournalStore(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    let lead = try #require(try journal.findLead("ada").value)
    #expect(lead.company == "Analytical Engines")
    #expect(lead.tags == ["warm", "pilot"])
    let meetings = try journal.meetings(lead: lead.id)
    #expect(meetings.count == 1)
    #expect(meetings.first?.verdict == .commitment)
    #expect(try journal.answers(meeting: V1Fixture.meetingId).map(\.value) == ["She'll intro us"])
    #expect(try journal.followups(today: Days.today).map(\.commitment.what) == ["Intro to CFO"])
    try journal.recordPracticeAttempt(
      PracticeAttemptRecord(
        persona: "cfo", askGrade: .fair, askScore: 80, quality: .undated, readingScore: 60))
    #expect(try journal.practiceAttempts().count == 1)
    #expect(try sqlite(path, "PRAGMA integrity_check") == "ok\n")
  }

  @Test func theVersion1MigrationStillBuildsTheFixtureSchema() throws {
    let folder = try TemporaryDirectory()
    let migrated = folder.path + "/migrated.sqlite"
    let queue = try DatabaseQueue(path: migrated)
    try JournalSchema.migrator.migrate(queue, upTo: JournalSchema.migrationNames[0])
    try queue.close()
    let fixture = folder.path + "/fixture.sqlite"
    try sqlite(fixture, V1Fixture.sql)
    let schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name"
    #expect(try sqlite(migrated, schema) == (try sqlite(fixture, schema)))
  }

  @Test func migratesAVersion2JournalAndBackfillsTheLeadFigures() throws {
    let folder = try TemporaryDirectory()
    // Rows as v2 wrote them, in plain SQL: the record types have moved on since.
    let path = try OlderJournal.make(
      in: folder, version: 2,
      rows: """
        INSERT INTO lead (id, name, createdAt, updatedAt)
          VALUES ('ada', 'Ada', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
        INSERT INTO meeting (id, leadId, kind, day, status, verdict, complimentCount,
                             createdAt, updatedAt)
          VALUES ('m1', 'ada', 'debrief', '2026-11-01', 'done', 'hedge', 2,
                  '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z'),
                 ('m2', 'ada', 'debrief', '2026-11-08', 'done', 'hedge', 2,
                  '2026-11-08T10:00:00.000Z', '2026-11-08T10:00:00.000Z');
        INSERT INTO commitment (id, leadId, promisedBy, what, due, owner, status, createdAt,
                                updatedAt)
          VALUES ('c1', 'ada', 'them', 'Intro', '2026-11-20', 'them', 'promised',
                  '2026-11-08T10:00:00.000Z', '2026-11-08T10:00:00.000Z');
        INSERT INTO practiceResult (id, persona, askGrade, readingCorrect, at)
          VALUES ('p', 'staller', 85, 0, '2026-11-02T10:00:00.000Z');
        """)
    let journal = JournalStore(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    let row = try #require(try journal.pipeline(today: Days.today).first)
    #expect(row.meetingCount == 2)
    #expect(row.warnings == [.nextStepOverdue, .zombie])
    let attempt = try #require(try journal.practiceAttempts().first)
    #expect(attempt.id == "p" && attempt.askGrade == .strong && attempt.readingScore == 0)
  }

  @Test func migratesAVersion3JournalConvertingItsPractice() throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/journal.sqlite"
    let output = try sqlite(path, V3Fixture.sql)
    #expect(output.isEmpty, "fixture loads: \(output)")
    #expect(try sqlite(path, "PRAGMA user_version") == "3\n")
    let journal = JournalStore(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)

    // The leads, meetings and steps are as they were, and v3's figures still follow changes.
    let grace = try #require(try journal.lead(id: V3Fixture.leadId))
    #expect(grace.tags == ["hot"])
    #expect(try journal.answers(meeting: "g1").map(\.value) == ["Send the contract"])
    let row = try #require(try journal.pipeline(today: Days.day("2026-10-10")).first)
    #expect(row.meetingCount == 1 && row.warnings == [])
    try journal.setStatus(.done, commitment: "gc1")
    #expect(try journal.pipeline(today: Days.day("2026-10-10")).first?.strongestKept?.id == "gc1")

    // Practice, converted: every v2 field kept or derived, nothing invented beyond the rules.
    let history = try journal.practiceHistory()
    #expect(
      history.attempts.map { [$0.id, $0.persona, $0.askGrade.rawValue, $0.quality.rawValue] } == [
        ["p1", "staller", "weak", "vague"], ["p2", "skeptic", "fair", "undated"],
        ["p3", "skeptic", "strong", "crisp"],
      ])
    #expect(history.attempts.map(\.askScore) == [30, 60, 90])
    #expect(history.attempts.map(\.readingScore) == [100, 0, 100])
    #expect(history.attempts.first?.at == ISOTimestamp.date("2026-10-10T08:00:00.000Z"))
    #expect(
      history.sittings == [
        DrillSitting(
          id: "v2-drill-2026-10-10", session: 1, startedAt: try stamp("2026-10-10T09:00:00Z"),
          updatedAt: try stamp("2026-10-10T09:02:00Z"), cards: 3, correct: 2, score: 66),
        DrillSitting(
          id: "v2-drill-2026-10-11", session: 2, startedAt: try stamp("2026-10-11T09:00:00Z"),
          updatedAt: try stamp("2026-10-11T09:05:00Z"), cards: 3, correct: 2, score: 66),
        DrillSitting(
          id: "v2-drill-2026-10-13", session: 3, startedAt: try stamp("2026-10-13T09:00:00Z"),
          cards: 1, correct: 1, score: 100),
      ])
    // c1: missed (box 1), then right and missed on day 2, so back to box 1; c2 right three
    // sessions running: 2, 3, 4; c3 right once.
    #expect(
      history.cards == [
        DrillCardState(
          cardId: "c1", box: 1, lastSession: 2, updatedAt: try stamp("2026-10-11T09:05:00Z")),
        DrillCardState(
          cardId: "c2", box: 4, lastSession: 3, updatedAt: try stamp("2026-10-13T09:00:00Z")),
        DrillCardState(
          cardId: "c3", box: 2, lastSession: 1, updatedAt: try stamp("2026-10-10T09:02:00Z")),
      ])
    #expect(history.sessions == 3)
    journal.close()
    let tables = try sqlite(path, "SELECT name FROM sqlite_master WHERE type = 'table'")
    #expect(!tables.contains("practiceResult") && !tables.contains("drillResult"))
    #expect(tables.contains("practiceAttempt\n") && tables.contains("drillCard\n"))
    #expect(try sqlite(path, "PRAGMA user_version") == "\(JournalSchema.version)\n")
    #expect(try sqlite(path, "PRAGMA integrity_check") == "ok\n")
  }

  @Test func theFirstThreeMigrationsStillBuildTheVersion3FixtureSchema() throws {
    let folder = try TemporaryDirectory()
    let migrated = folder.path + "/migrated.sqlite"
    let queue = try DatabaseQueue(path: migrated)
    try JournalSchema.migrator.migrate(queue, upTo: JournalSchema.migrationNames[2])
    try queue.close()
    let fixture = folder.path + "/fixture.sqlite"
    try sqlite(fixture, V3Fixture.sql)
    let schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    #expect(try sqlite(migrated, schema) == (try sqlite(fixture, schema)))
    #expect(try sqlite(migrated, "PRAGMA user_version") == "3\n")
  }

  @Test func aJournalFromAnEmptyFileHasTheVersion4Tables() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    let columns = try sqlite(
      journal.path,
      """
      SELECT m.name || '.' || p.name FROM sqlite_master m, pragma_table_info(m.name) p
      WHERE m.name IN ('practiceAttempt', 'drillSitting', 'drillCard') ORDER BY m.name, p.cid
      """)
    #expect(
      columns.split(separator: "\n") == [
        "drillCard.cardId", "drillCard.box", "drillCard.lastSession", "drillCard.updatedAt",
        "drillSitting.id", "drillSitting.session", "drillSitting.startedAt",
        "drillSitting.updatedAt", "drillSitting.cards", "drillSitting.correct",
        "drillSitting.score",
        "practiceAttempt.id", "practiceAttempt.at", "practiceAttempt.persona",
        "practiceAttempt.askGrade", "practiceAttempt.askScore", "practiceAttempt.quality",
        "practiceAttempt.readingScore",
      ])
  }

  @Test func triggerKeptFiguresMatchARecount() throws {
    let folder = try TemporaryDirectory()
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
    let next = try grace.step("Call the CFO", due: "2026-12-01")
    journal.close()
    // The text the pipeline shows follows an edit of the step itself.
    try sqlite(
      journal.path, "UPDATE commitment SET what = 'Call the CFO, Tuesday' WHERE id = '\(next.id)'")
    #expect(
      try sqlite(journal.path, "SELECT nextWhat FROM leadCommitmentStats").contains(
        "Call the CFO, Tuesday"))
    for (table, select) in [
      ("leadMeetingStats", LeadStats.meetingSelect),
      ("leadCommitmentStats", LeadStats.commitmentSelect),
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

  @Test func migratesAVersion7JournalKeepingTheStepsThePipelineShows() throws {
    let folder = try TemporaryDirectory()
    let path = try OlderJournal.make(
      in: folder, version: 7,
      rows: """
        INSERT INTO lead (id, name, createdAt, updatedAt)
          VALUES ('ada', 'Ada', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z'),
                 ('bob', 'Bob', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z');
        INSERT INTO commitment (id, leadId, what, currency, due, owner, status, createdAt,
                                updatedAt)
          VALUES ('k1', 'ada', 'Paid the pilot deposit', 'money', NULL, 'them', 'done',
                  '2026-11-02T09:00:00.000Z', '2026-11-03T09:00:00.000Z'),
                 ('n1', 'ada', 'Send the security review', NULL, '2026-11-20', 'us',
                  'promised', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:00.000Z');
        """)
    let journal = JournalStore(path: path)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
    let rows = try journal.pipeline(today: Days.day("2026-11-10"))
    let ada = try #require(rows.first { $0.lead.name == "Ada" })
    #expect(ada.strongestKept?.what == "Paid the pilot deposit")
    #expect(ada.strongestKept?.currency == .money)
    #expect(ada.nextStep?.what == "Send the security review")
    #expect(ada.nextStep?.owner == .us)
    #expect(ada.nextStep?.due?.day == Days.day("2026-11-20"))
    let bob = try #require(rows.first { $0.lead.name == "Bob" })
    #expect(bob.strongestKept == nil && bob.nextStep == nil && bob.openSteps == 0)
    journal.close()
    #expect(try sqlite(path, "PRAGMA user_version") == "\(JournalSchema.version)\n")
  }

  private func stamp(_ text: String) throws -> Date {
    try #require(ISOTimestamp.date(text))
  }
}
