import Foundation
import TerminalTestSupport
import Testing

@testable import Journal

@Suite struct PipelineTests {
  func row(_ journal: JournalStore, _ lead: Lead) throws -> PipelineRow {
    let rows = try journal.pipeline(
      today: Days.today, timeZone: TimeZone(identifier: "UTC") ?? .current)
    return try #require(rows.first { $0.lead.id == lead.id })
  }

  @Test func aNewLeadHasNoWarnings() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let history = try History(journal, name: "Ada")
    let row = try row(journal, history.lead)
    #expect(row.warnings.isEmpty)
    #expect(row.meetingCount == 0)
    #expect(row.daysSinceAdvancement == nil)
  }

  @Test func noNextStepAfterTheLastMeeting() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-20", verdict: .commitment, facts: 2)
    #expect(try row(journal, history.lead).warnings == [.noNextStep])
    try history.step("Send the pilot plan", due: "2026-11-30", by: .us)
    #expect(try row(journal, history.lead).warnings.isEmpty)
  }

  @Test func anOverdueNextStep() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-10", verdict: .commitment, facts: 1)
    try history.step("Intro to the CFO", due: "2026-11-22")
    #expect(try row(journal, history.lead).warnings == [.nextStepOverdue])
    let onTime = try History(journal, name: "Grace")
    _ = onTime
    var dueToday = try History(journal, name: "Alan")
    try dueToday.step("Call back", due: "2026-11-23")
    #expect(try row(journal, dueToday.lead).warnings.isEmpty, "due today is not overdue")
  }

  @Test func twoMeetingsInARowWithoutAdvancementMakeAZombie() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-10-01", verdict: .commitment, facts: 1)
    try history.step("Next call", due: "2026-12-01")
    try history.debrief("2026-10-15", verdict: .hedge, facts: 1)
    #expect(!(try row(journal, history.lead).warnings.contains(.zombie)))
    try history.debrief("2026-11-01", verdict: .rejection, facts: 1)
    #expect(try row(journal, history.lead).warnings == [.zombie])
    try history.debrief("2026-11-15", verdict: .commitment, facts: 1)
    #expect(try row(journal, history.lead).warnings.isEmpty, "a commitment ends the streak")
  }

  @Test func draftMeetingsDoNotCount() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.step("Next call", due: "2026-12-01")
    for day in ["2026-11-01", "2026-11-08"] {
      try journal.addMeeting(
        Meeting(leadId: history.lead.id, kind: .debrief, day: Days.day(day), verdict: .hedge))
    }
    let row = try row(journal, history.lead)
    #expect(row.meetingCount == 0)
    #expect(row.warnings.isEmpty)
  }

  @Test func onlyComplimentsSoFar() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-01", verdict: .hedge, compliments: 4)
    #expect(try row(journal, history.lead).warnings == [.noNextStep, .onlyCompliments])
    try history.step("Look at the demo", due: "2026-12-01")
    #expect(try row(journal, history.lead).warnings.isEmpty, "a commitment is more than words")
    var factual = try History(journal, name: "Grace")
    try factual.debrief("2026-11-01", verdict: .hedge, compliments: 4, facts: 1)
    #expect(!(try row(journal, factual.lead).warnings.contains(.onlyCompliments)))
  }

  @Test func anEarlyvangelistNotYetAskedForMoney() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-01", verdict: .commitment, facts: 3, signs: 4, asked: .time)
    try history.step("Pilot kickoff", due: "2026-12-01")
    #expect(try row(journal, history.lead).warnings == [.earlyvangelistNotAskedForMoney])
    try history.debrief("2026-11-10", verdict: .commitment, facts: 3, signs: 4, asked: .money)
    #expect(try row(journal, history.lead).warnings.isEmpty)
    var lukewarm = try History(journal, name: "Grace")
    try lukewarm.debrief("2026-11-01", verdict: .commitment, facts: 3, signs: 2)
    try lukewarm.step("Pilot kickoff", due: "2026-12-01")
    #expect(try row(journal, lukewarm.lead).warnings.isEmpty)
  }

  @Test func onlyKeptPromisesCountAndMoneyBeatsTime() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-01", verdict: .commitment, facts: 1)
    try history.step("Sign the pilot contract", due: "2026-11-10", currency: .money)
    try history.step("Demo to the team", due: "2026-11-05", currency: .time, status: .done)
    try history.step(
      "We send the deck", due: "2026-11-05", by: .us, currency: .money, status: .done)
    var row = try row(journal, history.lead)
    #expect(row.strongestKept?.what == "Demo to the team", "promised money is words, not deeds")
    let contract = try #require(try journal.commitments(lead: history.lead.id).first)
    try journal.setStatus(
      .done, commitment: contract.id, at: ISOTimestamp.date("2026-11-13T10:00:00Z"))
    row = try self.row(journal, history.lead)
    #expect(row.strongestKept?.what == "Sign the pilot contract")
    #expect(row.lastAdvancementDay == Days.day("2026-11-13"))
    #expect(row.daysSinceAdvancement == 10)
    #expect(row.meetingCount == 1)
  }

  @Test func sortedByWhatToDoToday() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var quiet = try History(journal, name: "Quiet")
    try quiet.debrief("2026-11-20", verdict: .commitment, facts: 1)
    try quiet.step("Next call", due: "2026-12-01")
    var olderQuiet = try History(journal, name: "Older quiet")
    try olderQuiet.debrief("2026-11-02", verdict: .commitment, facts: 1)
    try olderQuiet.step("Next call", due: "2026-12-01")
    var slightlyLate = try History(journal, name: "Slightly late")
    try slightlyLate.debrief("2026-11-01", verdict: .commitment, facts: 1)
    try slightlyLate.step("Call", due: "2026-11-21")
    var veryLate = try History(journal, name: "Very late")
    try veryLate.debrief("2026-11-01", verdict: .commitment, facts: 1)
    try veryLate.step("Call", due: "2026-11-02")
    var stalled = try History(journal, name: "Stalled")
    try stalled.debrief("2026-11-03", verdict: .commitment, facts: 1)
    let names = try journal.pipeline(today: Days.today).map(\.lead.name)
    #expect(names == ["Very late", "Slightly late", "Stalled", "Quiet", "Older quiet"])
  }
}
