import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// `search` over the FTS5 tables v6 keeps in step with answers and steps.
@Suite struct SearchTests {
  /// A finished debrief of `lead` on `day` with these answers.
  @discardableResult
  func debrief(
    _ journal: JournalStore, _ lead: Lead, _ day: String, _ answers: [String: String],
    status: Meeting.Status = .done
  ) throws -> Meeting {
    let meeting = try journal.addMeeting(
      Meeting(leadId: lead.id, kind: .debrief, day: Days.day(day), status: status))
    for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
      try journal.recordAnswer(meeting: meeting.id, question: id, value: value)
    }
    return meeting
  }

  func found(_ journal: JournalStore, _ query: SearchQuery) throws -> [String] {
    try journal.search(query).map { "\($0.leadName) \($0.day) \($0.kind.rawValue)" }
  }

  @Test func findsEveryMeetingThatMentionsTheWordsNewestFirst() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let dana = try journal.addLead(Lead(name: "Dana"))
    let sam = try journal.addLead(Lead(name: "Sam", stage: .piloting))
    try debrief(journal, dana, "2026-11-20", ["notes": "Their auditors want SOC 2 first."])
    try debrief(journal, sam, "2026-11-25", ["reply": "Send the soc-2 report and we sign."])
    try debrief(journal, dana, "2026-11-27", ["asked": "a pilot", "notes": "Pricing only."])
    // A draft is not a meeting yet; another question's answer is not searched.
    try debrief(journal, sam, "2026-11-28", ["notes": "SOC 2 again"], status: .draft)
    try debrief(journal, sam, "2026-11-29", ["lead": "SOC 2 Sam"])
    #expect(
      try found(journal, SearchQuery(text: "soc 2")) == [
        "Sam 2026-11-25 reply", "Dana 2026-11-20 note",
      ])
    let hit = try #require(try journal.search(SearchQuery(text: "auditors")).first)
    #expect(hit.snippet == "Their \u{2}auditors\u{3} want SOC 2 first.")
    // Filters: by lead, by stage, by day.
    #expect(
      try found(journal, SearchQuery(text: "SOC 2", leadId: dana.id)) == ["Dana 2026-11-20 note"])
    #expect(
      try found(journal, SearchQuery(text: "SOC 2", stage: .piloting)) == ["Sam 2026-11-25 reply"])
    #expect(
      try found(journal, SearchQuery(text: "SOC 2", from: Days.day("2026-11-21"))) == [
        "Sam 2026-11-25 reply"
      ])
    #expect(
      try found(journal, SearchQuery(text: "SOC 2", through: Days.day("2026-11-21"))) == [
        "Dana 2026-11-20 note"
      ])
    // FTS syntax typed is read as words.
    #expect(try found(journal, SearchQuery(text: "\"SOC\" OR NEAR(")).isEmpty)
    #expect(try found(journal, SearchQuery(text: " ;; ")).isEmpty)
  }

  @Test func theIndexFollowsEditsDeletionsAndSteps() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let dana = try journal.addLead(Lead(name: "Dana"))
    let meeting = try debrief(journal, dana, "2026-11-20", ["notes": "They use spreadsheets."])
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: "They use Excel.")
    #expect(try found(journal, SearchQuery(text: "spreadsheets")).isEmpty)
    #expect(try found(journal, SearchQuery(text: "excel")) == ["Dana 2026-11-20 note"])
    let steps = try journal.saveRecord(
      meeting,
      steps: [NextStep(what: "Dana sends the SOC 2 report", owner: .them, person: "Dana")])
    #expect(try found(journal, SearchQuery(text: "report")) == ["Dana 2026-11-20 step"])
    let step = try #require(try journal.search(SearchQuery(text: "report")).first)
    #expect(step.stepId == steps.first?.id)
    // An edited debrief writes its open steps again: the old text is gone with the old row.
    try journal.saveRecord(meeting, steps: [NextStep(what: "Dana signs", owner: .them)])
    #expect(try found(journal, SearchQuery(text: "report")).isEmpty)
    #expect(try found(journal, SearchQuery(text: "signs")) == ["Dana 2026-11-20 step"])
    _ = try journal.deleteLead(dana.id)
    #expect(try found(journal, SearchQuery(text: "excel")).isEmpty)
    journal.close()
    #expect(try sqlite(journal.path, "SELECT count(*) FROM answerText") == "0\n")
    #expect(try sqlite(journal.path, "SELECT count(*) FROM stepText") == "0\n")
  }

  @Test func upgradingAVersion5JournalIndexesWhatIsThere() throws {
    let folder = try TemporaryDirectory()
    let path = try OlderJournal.make(
      in: folder, version: 5,
      rows: """
        INSERT INTO lead (id, name, createdAt, updatedAt, stage)
          VALUES ('l1', 'Dana', '2026-11-01T09:00:00.000Z', '2026-11-01T09:00:00.000Z', 'met');
        INSERT INTO meeting (id, leadId, kind, day, status, createdAt, updatedAt)
          VALUES ('m1', 'l1', 'debrief', '2026-11-20', 'done',
                  '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z');
        INSERT INTO answer (meetingId, questionId, value, answeredAt)
          VALUES ('m1', 'notes', 'They want SOC 2.', '2026-11-20T09:00:00.000Z');
        INSERT INTO commitment (id, leadId, meetingId, what, owner, status, createdAt, updatedAt)
          VALUES ('c1', 'l1', 'm1', 'We send the SOC 2 report', 'us', 'promised',
                  '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z');
        DELETE FROM meetingToRejudge;
        """)
    let journal = JournalStore(path: path)
    #expect(
      Set(try found(journal, SearchQuery(text: "soc 2"))) == [
        "Dana 2026-11-20 note", "Dana 2026-11-20 step",
      ])
    #expect(try journal.appliedMigrations().contains("v6-week"))
  }
}
