import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

@Suite struct ExportTests {
  static let awkward = [
    "She said \"maybe\", then 'no'; then yes\\no",
    "Robert'); DROP TABLE lead; --",
    "🚀 Émile — ünïcødé 👩‍👩‍👧‍👦 and 中文",
    "line one\nline two\r\nline three",
    "",
  ]

  /// A journal with every kind of record and awkward text.
  func populated(_ folder: TemporaryDirectory) throws -> JournalStore {
    let journal = try folder.journal()
    var ada = try History(journal, name: "Ada \"the\" Countess, Lovelace")
    let prep = try journal.addMeeting(
      Meeting(
        leadId: ada.lead.id, kind: .prep, day: Days.day("2026-11-05"), status: .done,
        plannedAsk: Self.awkward[0], createdAt: ada.tick()))
    let debrief = try journal.addMeeting(
      Meeting(
        leadId: ada.lead.id, kind: .debrief, prepId: prep.id, day: Days.day("2026-11-05"),
        status: .done, askedCurrency: .money, reply: Self.awkward[2], verdict: .commitment,
        currencies: [.time, .money], strength: 80, score: 64, scorecard: "{\"facts\":[1,2]}",
        complimentCount: 1, factCount: 3, earlyvangelistSigns: 2, createdAt: ada.tick()))
    for (index, text) in Self.awkward.enumerated() {
      try journal.recordAnswer(
        meeting: debrief.id, question: "q\(index)", value: text, at: ada.tick())
    }
    try ada.step(Self.awkward[1], due: "2026-11-30T15:30", currency: .money)
    try ada.step(Self.awkward[3], due: "2026-11-10", by: .them, status: .done)
    try ada.step("No date", due: nil, by: .us)
    try ada.step(String(repeating: "long é🚀 ", count: 40), due: "2026-12-01", status: .cancelled)
    var grace = try History(journal, name: "Grace")
    try grace.debrief("2026-11-02", verdict: .hedge, compliments: 2)
    try journal.saveDraft(wizard: "debrief", lead: grace.lead.id, state: "{\"position\":3}")
    try journal.recordPracticeAttempt(
      PracticeAttemptRecord(
        at: ada.tick(), persona: Self.awkward[2], askGrade: .fair, askScore: 55,
        quality: .undated, readingScore: 60))
    let started = ada.tick()
    try journal.recordDrillAnswer(
      sitting: DrillSitting(
        id: "s1", session: 1, startedAt: started, updatedAt: ada.tick(), cards: 2, correct: 1,
        score: 50),
      card: DrillCardState(cardId: "c1", box: 2, lastSession: 1, updatedAt: ada.tick()))
    return journal
  }

  @Test func jsonRoundTripIsIdenticalAndIdempotent() throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let json = try journal.export(.json)
    #expect(json.contains("\"schemaVersion\" : \(JournalSchema.version)"))
    #expect(json.contains("\"practiceAttempts\" : [") && json.contains("\"drillCards\" : ["))
    #expect(!json.contains("practiceResults") && !json.contains("drillResults"))
    #expect(try journal.export(.json) == json, "stable output")

    let otherFolder = try TemporaryDirectory()
    let other = try otherFolder.journal()
    let first = try other.importJSON(Data(json.utf8))
    #expect(first.inserted > 0 && first.updated == 0 && first.unchanged == 0)
    #expect(try other.export(.json) == json)
    let second = try other.importJSON(Data(json.utf8))
    #expect(second == ImportSummary(inserted: 0, updated: 0, unchanged: first.inserted))
    #expect(try other.export(.json) == json)
    #expect(try journal.importJSON(Data(json.utf8)).inserted == 0)
  }

  @Test func theNewerSideWinsOnImport() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(
      Lead(name: "Ada", stage: .new, createdAt: ISOTimestamp.date("2026-11-01T10:00:00Z")))
    var snapshot = try journal.snapshot()
    snapshot.leads[0].stage = .piloting
    snapshot.leads[0].updatedAt = lead.updatedAt.addingTimeInterval(60)
    #expect(try journal.merge(snapshot).updated == 1)
    #expect(try journal.lead(id: lead.id)?.stage == .piloting)
    snapshot.leads[0].stage = .lost
    snapshot.leads[0].updatedAt = lead.updatedAt.addingTimeInterval(-60)
    #expect(try journal.merge(snapshot).unchanged == 1)
    #expect(try journal.lead(id: lead.id)?.stage == .piloting)
  }

  @Test func leadExportHoldsOnlyThatLead() throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let ada = try #require(try journal.findLead("ada").value)
    let snapshot = try journal.snapshot(lead: ada.id)
    #expect(snapshot.leads.map(\.id) == [ada.id])
    #expect(snapshot.meetings.count == 2)
    #expect(snapshot.answers.count == Self.awkward.count)
    #expect(snapshot.commitments.count == 4)
    #expect(snapshot.commitmentChanges.count == 2)
    #expect(snapshot.practiceAttempts.isEmpty && snapshot.drafts.isEmpty)
    #expect(snapshot.drillSittings.isEmpty && snapshot.drillCards.isEmpty)
  }

  @Test(arguments: [
    ("\"verdict\" : \"commitment\"", "\"verdict\" : \"maybe\"", "meetings[2].verdict"),
    ("\"strength\" : 80", "\"strength\" : 180", "meetings[2].strength"),
    ("\"strength\" : 80", "\"strength\" : \"80\"", "meetings[2].strength"),
    ("\"day\" : \"2026-11-05\"", "\"day\" : \"2026-11-31\"", "meetings[1].day"),
    ("\"schemaVersion\" : \(JournalSchema.version)", "\"schemaVersion\" : 99", "schemaVersion"),
    ("\"askScore\" : 55", "\"askScore\" : 155", "practiceAttempts[0].askScore"),
    ("\"quality\" : \"undated\"", "\"quality\" : \"maybe\"", "practiceAttempts[0].quality"),
    ("\"correct\" : 1", "\"correct\" : 3", "drillSittings[0].correct"),
    ("\"session\" : 1", "\"session\" : 0", "drillSittings[0].session"),
    ("\"box\" : 2", "\"box\" : 0", "drillCards[0].box"),
  ])
  func aBadFieldIsNamedByPathAndLine(original: String, replacement: String, path: String) throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let json = try journal.export(.json)
    let range = try #require(json.range(of: original))
    let broken = json.replacingCharacters(in: range, with: replacement)
    let line = broken[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    let other = try TemporaryDirectory().journal()
    do {
      _ = try other.importJSON(Data(broken.utf8))
      Issue.record("the import must fail")
    } catch let error as ImportError {
      #expect(error.path == path)
      #expect(error.line == line)
      #expect(error.description(file: "x.json").hasPrefix("x.json:\(line):"))
      #expect(error.description(file: "x.json").contains(": error: \(path): "))
      #expect(!error.description.contains("maybe"))
    }
    #expect(try other.leads().isEmpty, "nothing is imported from a bad file")
  }

  @Test func aDanglingReferenceIsRefused() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var snapshot = JournalSnapshot()
    snapshot.meetings = [Meeting(leadId: "nobody", kind: .prep, day: Days.today)]
    do {
      _ = try journal.merge(snapshot)
      Issue.record("must fail")
    } catch let error as ImportError {
      #expect(error.path == "meetings[0].leadId")
    }
  }

  @Test func aVersion4ExportWithoutItsDrillCardsIsRefused() throws {
    let json = try populated(try TemporaryDirectory()).export(.json)
    let broken = json.replacingOccurrences(of: "\"drillCards\" : [", with: "\"drillCardz\" : [")
    let other = try TemporaryDirectory().journal()
    let error = #expect(throws: ImportError.self) { try other.importJSON(Data(broken.utf8)) }
    #expect(error?.path == "drillCards" && error?.message == "missing field")
    #expect(try other.leads().isEmpty)
  }

  @Test func anExportOfSchema3ImportsWithItsPracticeConverted() throws {
    let journal = try TemporaryDirectory().journal()
    let first = try journal.importJSON(Data(V3Fixture.export.utf8))
    // 1 lead, 1 meeting, 1 answer, 1 step; 3 attempts, 3 sittings, 3 cards.
    #expect(first == ImportSummary(inserted: 13))
    let history = try journal.practiceHistory()
    #expect(history.attempts.map(\.id) == ["p1", "p2", "p3"])
    #expect(history.attempts.map(\.quality) == [.vague, .undated, .crisp])
    #expect(
      history.sittings.map(\.id) == [
        "v2-drill-2026-10-10", "v2-drill-2026-10-11", "v2-drill-2026-10-13",
      ])
    #expect(history.cards.map(\.box) == [1, 4, 2])
    #expect(history.sessions == 3)
    // The same conversion as the v4 migration of the same journal.
    let migrated = try TemporaryDirectory()
    try sqlite(migrated.path + "/journal.sqlite", V3Fixture.sql)
    #expect(try JournalStore(path: migrated.path + "/journal.sqlite").practiceHistory() == history)

    #expect(try journal.importJSON(Data(V3Fixture.export.utf8)) == ImportSummary(unchanged: 13))
    let json = try journal.export(.json)
    #expect(
      json.contains("\"schemaVersion\" : \(JournalSchema.version)")
        && !json.contains("drillResults"))
    let other = try TemporaryDirectory().journal()
    _ = try other.importJSON(Data(json.utf8))
    #expect(try other.export(.json) == json)
  }

  @Test func aBadFieldOfASchema3ExportIsNamedAsTheFileHasIt() throws {
    let broken = V3Fixture.export.replacingOccurrences(
      of: "\"askGrade\" : 60", with: "\"askGrade\" : 160")
    let line = try #require(
      broken.split(separator: "\n", omittingEmptySubsequences: false)
        .firstIndex { $0.contains("160") })
    let journal = try TemporaryDirectory().journal()
    #expect(
      throws: ImportError(
        path: "practiceResults[1].askGrade", line: line + 1, column: 20,
        message: "expected a number 0–100")
    ) {
      try journal.importJSON(Data(broken.utf8))
    }
    #expect(try journal.leads().isEmpty)
  }

  @Test func notJSONAtAll() throws {
    let journal = try TemporaryDirectory().journal()
    #expect(throws: ImportError.self) { try journal.importJSON(Data("lead,name\n".utf8)) }
    #expect(throws: ImportError.self) { try journal.importJSON(Data("{\"format\": \"x\"}".utf8)) }
  }

  @Test func iCalendarIsFoldedEscapedAndParsesBack() throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let stamp = try #require(ISOTimestamp.date("2026-11-23T08:00:00Z"))
    let text = try journal.export(.iCalendar, now: stamp)
    let calendar = try ICalendarReader(text)
    #expect(calendar.properties.first?.value == "VCALENDAR")
    #expect(calendar.properties.contains { $0.name == "VERSION" && $0.value == "2.0" })
    #expect(calendar.events.count == 3, "one event per dated step")
    let steps = try journal.snapshot().commitments.filter { $0.due != nil }
    for (event, step) in zip(calendar.events, steps) {
      #expect(event.value("UID") == step.id + "@advance")
      #expect(event.value("DTSTAMP") == "20261123T080000Z")
      #expect(
        event.value("SUMMARY")?.hasSuffix(step.what.replacingOccurrences(of: "\r\n", with: "\n"))
          == true)
    }
    let timed = calendar.events[0]
    #expect(timed.value("DTSTART") == "20261130T153000")
    #expect(timed.value("SUMMARY") == "Ada \"the\" Countess, Lovelace: them — " + Self.awkward[1])
    let allDay = calendar.events[1]
    #expect(allDay.first { $0.name == "DTSTART" }?.parameters == "VALUE=DATE")
    #expect(allDay.value("DTSTART") == "20261110")
    #expect(allDay.value("DTEND") == "20261111")
    #expect(allDay.value("DESCRIPTION")?.contains("Owner: them.") == true)
    #expect(calendar.events[2].value("STATUS") == "CANCELLED")
    #expect(calendar.alarms.map(\.count) == [1, 0, 0], "a reminder for the open step only")
    #expect(try journal.export(.iCalendar, now: stamp) == text, "stable UIDs and output")
  }

  @Test(arguments: [
    "a", String(repeating: "x", count: 200), String(repeating: "é", count: 80),
    String(repeating: "🚀", count: 50), "ab" + String(repeating: "👩‍👩‍👧‍👦", count: 10),
  ])
  func foldingNeverSplitsUTF8AndUnfoldsToTheOriginal(value: String) throws {
    let line = "SUMMARY:" + value
    let folded = ICalendarWriter.fold(line)
    let physical = folded.components(separatedBy: "\r\n")
    for line in physical {
      #expect(line.utf8.count <= 75)
    }
    // Cut only where the next scalar would not fit: every full line is within 3 octets of 75.
    for line in physical.dropLast() {
      #expect(line.utf8.count > 75 - 4)
    }
    #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
  }

  @Test func escapingCoversTextSpecials() {
    #expect(ICalendarWriter.escape("a,b;c\\d\ne\r\nf") == "a\\,b\\;c\\\\d\\ne\\nf")
  }

  @Test func csvQuotesPerRFC4180() {
    var csv = CSVWriter()
    csv.append(["plain", "with, comma", "with \"quotes\"", "two\nlines", ""])
    #expect(csv.output == "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\r\n")
  }

  @Test func csvExportsOfLeadsAndCommitments() throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let leads = try journal.export(.csvLeads)
    #expect(leads.hasPrefix("id,name,company,role,stage,tags,created,updated\r\n"))
    #expect(leads.contains(",\"Ada \"\"the\"\" Countess, Lovelace\","))
    let commitments = try journal.export(.csvCommitments)
    #expect(commitments.hasPrefix("id,lead_id,lead,company,what,owner,person,"))
    #expect(commitments.contains(",Robert'); DROP TABLE lead; --,"))
    #expect(commitments.contains("\"line one\nline two\r\nline three\""))
    #expect(commitments.hasSuffix("\r\n"))
  }

  @Test func markdownReadsLikeAMeetingNote() throws {
    let folder = try TemporaryDirectory()
    let journal = try populated(folder)
    let grace = try #require(try journal.findLead("grace").value)
    let note = try journal.export(.markdown, lead: grace.id)
    #expect(note.hasPrefix("# Grace — Grace Inc\n\nStage: new\n\n## Mon 2 Nov 2026 · Debrief\n"))
    let all = try journal.export(.markdown)
    #expect(all.contains("- **The judge's verdict:** commitment · strength 80/100\n"))
    #expect(all.contains("- **What it cost them:** time, money\n- **Score:** 64/100\n"))
    #expect(
      all.contains(
        "- [ ] Robert'); DROP TABLE lead; -- — owner them, due Mon 30 Nov 2026 15:30, costs them"
          + " money, promised"))
    #expect(all.contains("- [x] line one\n  line two\n  line three — owner them, due"))
    // Answers of questions no script of ours asks keep their ids, one item each.
    #expect(all.contains("- **q0:** " + Self.awkward[0] + "\n- **q1:** " + Self.awkward[1]))
    #expect(all.contains("- **q3:** line one\n  line two\n  line three\n"))
    #expect(!all.contains("- **q4:**"), "an empty answer is left out")
    #expect(!all.contains("\r"))
    #expect(all.contains(Self.awkward[2]))
    #expect(all.hasSuffix("\n") && !all.hasSuffix("\n\n"))
  }
}
