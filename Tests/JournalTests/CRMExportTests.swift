import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// `export --format csv`: one row per lead, as a CRM imports it.
@Suite struct CRMExportTests {
  @Test func oneRowPerLeadWithItsLastMeetingAndNextOpenStep() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let text = try week.journal.export(.csv)
    let records = try CSVReader.records(text)
    #expect(
      records == [
        [
          "name", "company", "role", "stage", "meetings", "last_meeting", "last_verdict",
          "your_last_verdict", "last_advanced", "last_score", "next_step", "next_step_owner",
          "next_step_person", "next_step_due",
        ],
        // The COO meeting on the 3rd comes before the signature on the 14th; the order form
        // is done and the trial cancelled.
        [
          "Dana Reyes", "Acme Logistics", "Head of Ops", "met", "1", "2026-11-24", "commitment",
          "hedge", "yes", "72", "we meet her COO", "them", "her COO", "2026-12-03T10:00",
        ],
        [
          "Jordan Lee", "Brightside", "", "new", "1", "2026-11-23", "hedge", "", "no", "30",
          "I send Jordan the deck", "us", "", "",
        ],
        ["Sam Okafor", "", "", "new", "0", "", "", "", "", "", "", "", "", ""],
      ])
    let jordan = try CSVReader.records(try week.journal.export(.csv, lead: week.jordan.id))
    #expect(jordan == [records[0], records[2]])
  }

  @Test func theNextStepIsTheOpenOneDueFirstAndAnUndatedOneOnlyLast() throws {
    let lead = Lead(name: "Ada")
    var clock = Date(timeIntervalSince1970: 1_800_000_000)
    func step(_ what: String, _ due: String?, _ status: Commitment.Status = .promised)
      -> Commitment
    {
      clock = clock.addingTimeInterval(60)
      return Commitment(
        leadId: lead.id, what: what, due: due.flatMap(DueDate.init), owner: .them,
        status: status, createdAt: clock)
    }
    let undated = step("undated, promised first", nil)
    let late = step("late", "2026-12-20")
    let done = step("done, due earliest", "2026-12-01", .done)
    let cancelled = step("cancelled", "2026-12-02", .cancelled)
    let broken = step("broken", "2026-12-02", .broken)
    let allDay = step("all day on the 10th", "2026-12-10")
    let morning = step("the 10th at nine", "2026-12-10T09:00")
    let twin = step("all day on the 10th, promised later", "2026-12-10")
    func next(_ steps: [Commitment]) -> String? {
      CRMRow(lead: lead, meetings: [], steps: steps).next?.what
    }
    #expect(next([undated, late, done, cancelled, broken]) == "late")
    // A whole day comes before a time on it, as the follow-ups list them.
    #expect(next([twin, morning, allDay, undated]) == "all day on the 10th")
    #expect(next([undated, done]) == "undated, promised first")
    #expect(next([done, cancelled, broken]) == nil)
  }

  @Test func theLastMeetingIsTheLatestFinishedDebrief() throws {
    let lead = Lead(name: "Ada")
    let early = Meeting(
      leadId: lead.id, kind: .debrief, day: Days.day("2026-11-02"), status: .done,
      verdict: .commitment, advanced: true, score: 80)
    let later = Meeting(
      leadId: lead.id, kind: .debrief, day: Days.day("2026-11-09"), status: .done,
      verdict: .rejection, yourVerdict: .hedge, advanced: false, score: 20)
    let prep = Meeting(leadId: lead.id, kind: .prep, day: Days.day("2026-11-20"), status: .done)
    let draft = Meeting(leadId: lead.id, kind: .debrief, day: Days.day("2026-11-21"))
    let row = CRMRow(lead: lead, meetings: [later, prep, early, draft], steps: [])
    #expect(
      row.fields == [
        "Ada", "", "", "new", "2", "2026-11-09", "rejection", "hedge", "no", "20", "", "", "",
        "",
      ])
  }

  @Test func awkwardTextIsQuotedAndItsControlCharactersShown() throws {
    let journal = try TemporaryDirectory().journal()
    let lead = try journal.addLead(
      Lead(name: "Ada \"the\" Countess, Lovelace", company: "Eve\u{1B}]0;pwned\u{07} Corp"))
    _ = try journal.addCommitment(
      Commitment(leadId: lead.id, what: "two\nlines", due: DueDate("2026-12-01"), owner: .them))
    let text = try journal.export(.csv)
    #expect(!text.unicodeScalars.contains("\u{1B}") && !text.unicodeScalars.contains("\u{07}"))
    let row = try #require(try CSVReader.records(text).last)
    #expect(row[0] == "Ada \"the\" Countess, Lovelace")
    #expect(row[1] == "Eve^[]0;pwned^G Corp")
    #expect(row[10] == "two\nlines" && row[13] == "2026-12-01")
  }
}
