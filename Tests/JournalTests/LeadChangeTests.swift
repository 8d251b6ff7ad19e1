import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// Changing, renaming, merging and deleting leads.
@Suite struct LeadChangeTests {
  @Test func changesCompanyRoleAndStageAndStampsTheLead() throws {
    let journal = try TemporaryDirectory().journal()
    let lead = try journal.addLead(
      Lead(name: "Ada", createdAt: ISOTimestamp.date("2026-11-01T10:00:00Z")))
    let changed = try journal.changeLead(lead.id, company: "Analytical", stage: .piloting)
    #expect(changed.company == "Analytical" && changed.role == "" && changed.stage == .piloting)
    #expect(changed.updatedAt > lead.updatedAt)
    #expect(try journal.lead(id: lead.id) == changed)
    // Nothing new: nothing written.
    #expect(try journal.changeLead(lead.id, company: "Analytical") == changed)
    #expect(try journal.changeLead(lead.id, role: "Engine").role == "Engine")
    #expect(throws: JournalError.refused(path: journal.path, reason: .noSuchLead(id: "nobody"))) {
      try journal.changeLead("nobody", stage: .won)
    }
  }

  @Test func renamesButNeverToAnotherLeadsName() throws {
    let journal = try TemporaryDirectory().journal()
    let jordan = try journal.addLead(Lead(name: "Jordan"))
    let typo = try journal.addLead(Lead(name: "Jordon"))
    let refused = JournalError.refused(path: journal.path, reason: .nameTaken(byLead: jordan.id))
    #expect(throws: refused) { try journal.renameLead(typo.id, to: "JORDAN ") }
    #expect(refused.isRefusal && !refused.description.contains("Jordan"))
    #expect(try journal.lead(id: typo.id)?.name == "Jordon")
    #expect(throws: JournalError.refused(path: journal.path, reason: .emptyName)) {
      try journal.renameLead(typo.id, to: "  ")
    }
    // Its own name in other letters is fine.
    #expect(try journal.renameLead(jordan.id, to: "JORDAN").name == "JORDAN")
    #expect(try journal.renameLead(typo.id, to: " Jordan Lee ").name == "Jordan Lee")
    #expect(try journal.findLead("jordan l").value?.id == typo.id)
    #expect(try journal.lead(named: "jordan lee")?.id == typo.id)
  }

  /// Ada's and Grace's histories: meetings, answers, steps (one kept), a draft each.
  struct Two {
    let folder: TemporaryDirectory
    let journal: JournalStore
    var ada: History
    var grace: History
    let adaMeeting: Meeting
    let adaStep: Commitment
    let adaKept: Commitment

    init() throws {
      folder = try TemporaryDirectory()
      journal = try folder.journal()
      ada = try History(journal, name: "Ada")
      grace = try History(journal, name: "Grace")
      adaMeeting = try ada.debrief("2026-11-10", verdict: .commitment, facts: 2, signs: 3)
      try journal.recordAnswer(meeting: adaMeeting.id, question: "reply", value: "Yes, a pilot")
      adaStep = try ada.step("Sign the pilot", due: "2026-11-20", currency: .money)
      adaKept = try ada.step("Intro to the CFO", due: nil, currency: .reputation, status: .done)
      try grace.debrief("2026-11-01", verdict: .hedge, compliments: 3)
      try grace.debrief("2026-11-05", verdict: .rejection)
      try grace.step("Send the deck", due: "2026-11-30", by: .us)
      try journal.saveDraft(wizard: "prep", lead: ada.lead.id, state: "ada's prep")
      try journal.saveDraft(wizard: "debrief", lead: ada.lead.id, state: "ada's debrief")
      try journal.saveDraft(wizard: "prep", lead: grace.lead.id, state: "grace's prep")
    }
  }

  /// Expects every trigger-kept figure to equal a fresh count from the meetings and steps.
  func expectFiguresRecounted(_ journal: JournalStore) throws {
    let ids = try journal.leads().map(\.id).sorted()
    for (table, select) in [
      ("leadMeetingStats", LeadStats.meetingSelect),
      ("leadCommitmentStats", LeadStats.commitmentSelect),
    ] {
      let kept = try sqlite(journal.path, "SELECT * FROM \(table) ORDER BY leadId")
      var expected = ""
      for id in ids {
        expected += try sqlite(
          journal.path, select("'\(id)'").replacingOccurrences(of: "\n", with: " "))
      }
      #expect(!kept.isEmpty && kept == expected, "\(table)")
    }
  }

  @Test func mergeMovesEverythingAndTheFiguresFollow() throws {
    let two = try Two()
    let journal = two.journal
    let (ada, grace) = (two.ada.lead, two.grace.lead)
    try journal.changeLead(grace.id, company: "", role: "Admiral")
    try journal.changeLead(ada.id, role: "Countess", stage: .piloting)
    let before = try journal.pipeline(today: Days.today)
    let adaRow = try #require(before.first { $0.lead.id == ada.id })
    #expect(adaRow.meetingCount == 1 && adaRow.openSteps == 1)

    let merged = try journal.mergeLead(ada.id, into: grace.id)
    #expect(merged.name == "Grace")
    #expect(merged.company == "Ada Inc", "an empty company is taken from the merged lead")
    #expect(merged.role == "Admiral", "a role of its own is kept")
    #expect(merged.stage == .piloting, "a new lead takes the merged lead's stage")
    #expect(try journal.lead(id: ada.id) == nil)
    #expect(try journal.leads().map(\.id) == [grace.id])

    let meetings = try journal.meetings(lead: grace.id)
    #expect(meetings.count == 3 && meetings.contains { $0.id == two.adaMeeting.id })
    #expect(try journal.answers(meeting: two.adaMeeting.id).map(\.value) == ["Yes, a pilot"])
    let steps = try journal.commitments(lead: grace.id)
    #expect(steps.count == 3 && steps.allSatisfy { $0.leadId == grace.id })
    #expect(try journal.changes(commitment: two.adaKept.id).map(\.status) == [.done])
    // Drafts: Grace keeps her own prep, and gets Ada's debrief.
    #expect(try journal.draft(wizard: "prep", lead: grace.id)?.state == "grace's prep")
    #expect(try journal.draft(wizard: "debrief", lead: grace.id)?.state == "ada's debrief")
    #expect(try journal.drafts().count == 2)

    // The pipeline's figures are the two leads' together.
    let row = try #require(try journal.pipeline(today: Days.today).first)
    #expect(row.lead.id == grace.id)
    #expect(row.meetingCount == 3)
    #expect(row.openSteps == 2)
    #expect(row.nextDue?.description == "2026-11-20")
    #expect(row.strongestKept?.currency == .reputation)
    #expect(row.lastAdvancementDay?.description == "2026-11-10")
    #expect(row.warnings.contains(.nextStepOverdue))
    try expectFiguresRecounted(journal)
  }

  @Test func mergeRefusesItselfAndUnknownLeads() throws {
    let two = try Two()
    let journal = two.journal
    let ada = two.ada.lead.id
    #expect(throws: JournalError.refused(path: journal.path, reason: .mergeIntoItself)) {
      try journal.mergeLead(ada, into: ada)
    }
    #expect(throws: JournalError.refused(path: journal.path, reason: .noSuchLead(id: "gone"))) {
      try journal.mergeLead(ada, into: "gone")
    }
    #expect(throws: JournalError.refused(path: journal.path, reason: .noSuchLead(id: "gone"))) {
      try journal.mergeLead("gone", into: ada)
    }
    #expect(try journal.meetings(lead: ada).count == 1, "nothing moved")
  }

  @Test func deleteTakesEverythingOfTheLeadAndNothingElse() throws {
    let two = try Two()
    let journal = two.journal
    let (ada, grace) = (two.ada.lead, two.grace.lead)
    let summary = try #require(try journal.leadSummary(id: ada.id))
    #expect(summary.meetings == 1 && summary.debriefs == 1)
    #expect(summary.steps == 2 && summary.openSteps == 1)
    let graceBefore = try journal.pipeline(today: Days.today).first { $0.lead.id == grace.id }

    #expect(try journal.deleteLead(ada.id) == summary)
    #expect(try journal.lead(id: ada.id) == nil)
    #expect(try journal.meetings(lead: ada.id).isEmpty)
    #expect(try journal.answers(meeting: two.adaMeeting.id).isEmpty)
    #expect(try journal.commitments(lead: ada.id).isEmpty)
    #expect(try journal.drafts().map(\.lead) == [grace.id])
    for table in ["meeting", "commitment", "commitmentChange", "answer"] {
      let left = try sqlite(journal.path, "SELECT count(*) FROM \(table)")
      #expect(left == (table == "meeting" ? "2\n" : table == "commitment" ? "1\n" : "0\n"))
    }
    for table in ["leadMeetingStats", "leadCommitmentStats"] {
      #expect(try sqlite(journal.path, "SELECT leadId FROM \(table)") == grace.id + "\n")
    }
    #expect(try journal.pipeline(today: Days.today) == [try #require(graceBefore)])
    try expectFiguresRecounted(journal)
    #expect(try journal.deleteLead(ada.id) == nil)
    #expect(try journal.integrityCheck() == ["ok"])
  }

  @Test func findsLeadsCloseToATypo() throws {
    let journal = try TemporaryDirectory().journal()
    let jordan = try journal.addLead(Lead(name: "Jordan", company: "Acme"))
    _ = try journal.addLead(Lead(name: "Dana Reyes"))
    let jose = try journal.addLead(Lead(name: "José Díaz"))
    #expect(try journal.leads(closeTo: "Jordon").map(\.id) == [jordan.id])
    #expect(try journal.leads(closeTo: "jose diaz").map(\.id) == [jose.id])
    #expect(try journal.leads(closeTo: "Sam").isEmpty)
    #expect(try journal.lead(named: "JORDAN")?.id == jordan.id)
    #expect(try journal.lead(named: "Jord") == nil)
  }
}
