import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// The meeting a debrief follows and `--edit` reopens: the latest finished one of its kind.
@Suite struct LastMeetingTests {
  @Test func theLatestFinishedMeetingOfTheKindIsFoundAndDraftsNeverAre() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let ada = try journal.addLead(Lead(name: "Ada"))
    let grace = try journal.addLead(Lead(name: "Grace"))
    #expect(try journal.lastFinishedMeeting(lead: ada.id, kind: .prep) == nil)

    _ = try journal.addMeeting(
      Meeting(leadId: ada.id, kind: .prep, day: Days.day("2026-11-02"), status: .done))
    let newer = try journal.addMeeting(
      Meeting(leadId: ada.id, kind: .prep, day: Days.day("2026-11-16"), status: .done))
    // Later, but not finished; another kind; another lead.
    _ = try journal.addMeeting(
      Meeting(leadId: ada.id, kind: .prep, day: Days.day("2026-11-20")))
    let debrief = try journal.addMeeting(
      Meeting(leadId: ada.id, kind: .debrief, day: Days.day("2026-11-21"), status: .done))
    _ = try journal.addMeeting(
      Meeting(leadId: grace.id, kind: .prep, day: Days.day("2026-11-22"), status: .done))

    #expect(try journal.lastFinishedMeeting(lead: ada.id, kind: .prep)?.id == newer.id)
    #expect(try journal.lastFinishedMeeting(lead: ada.id, kind: .debrief)?.id == debrief.id)
  }
}
