import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// The lead's stage: the words it reads, what leaves the to-act list, and stored text from the
/// days the stage was free text.
@Suite struct LeadStageTests {
  @Test(arguments: [
    ("new", LeadStage.new), ("Met", .met), ("piloting", .piloting), ("pilot", .piloting),
    ("Trial", .piloting), ("won", .won), ("customer", .won), ("PAYING", .won),
    ("closed-won", .won), ("closed won", .won), ("closed_won", .won), ("lost", .lost),
    ("dead", .lost), ("closed-lost", .lost), ("no", .lost), ("parked", .parked),
    ("paused", .parked), ("later", .parked), ("on hold", .parked), ("  On   Hold ", .parked),
    ("on-hold", .parked),
  ])
  func readsTheStagesAndTheirSynonyms(text: String, stage: LeadStage) {
    #expect(LeadStage(reading: text) == stage)
  }

  @Test(arguments: ["", "maybe", "pilots", "wonn", "closed", "hot"])
  func readsNothingElse(text: String) {
    #expect(LeadStage(reading: text) == nil)
  }

  @Test func wonLostAndParkedAreClosed() {
    #expect(LeadStage.allCases.filter(\.isClosed) == [.won, .lost, .parked])
    for stage in LeadStage.allCases {
      #expect(!stage.summary.isEmpty && !stage.summary.contains("\n"))
    }
  }

  @Test func storedFreeTextReadsLenientlyAndIsNeverRefused() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let words = ["pilot", "paying", "Series A maybe", "", "won"]
    var ids: [String] = []
    for (index, _) in words.enumerated() {
      ids.append(try journal.addLead(Lead(name: "Lead \(index)")).id)
    }
    for (id, word) in zip(ids, words) {
      let quoted = word.replacingOccurrences(of: "'", with: "''")
      #expect(
        try sqlite(journal.path, "UPDATE lead SET stage = '\(quoted)' WHERE id = '\(id)'") == "")
    }
    let expected: [LeadStage] = [.piloting, .won, .new, .new, .won]
    for (id, stage) in zip(ids, expected) {
      #expect(try journal.lead(id: id)?.stage == stage)
    }
    let rows = try journal.pipeline(today: Days.today)
    for (id, stage) in zip(ids, expected) {
      #expect(rows.first { $0.lead.id == id }?.lead.stage == stage)
    }
    // Writing stores the stage's own name.
    var first = try #require(try journal.lead(id: ids[0]))
    first.role = "CTO"
    try journal.updateLead(first)
    #expect(
      try sqlite(journal.path, "SELECT stage FROM lead WHERE id = '\(ids[0])'") == "piloting\n")
  }

  @Test func anExportWithAFreeTextStageImports() throws {
    let journal = try TemporaryDirectory().journal()
    let lead = try journal.addLead(Lead(name: "Ada", stage: .met))
    let json = try journal.export(.json)
    #expect(json.contains("\"stage\" : \"met\""))
    let other = try TemporaryDirectory().journal()
    let older = json.replacingOccurrences(of: "\"stage\" : \"met\"", with: "\"stage\" : \"Hot!\"")
    #expect(try other.importJSON(Data(older.utf8)).inserted == 1)
    #expect(try other.lead(id: lead.id)?.stage == .new)
    let trial = json.replacingOccurrences(of: "\"stage\" : \"met\"", with: "\"stage\" : \"trial\"")
    let third = try TemporaryDirectory().journal()
    _ = try third.importJSON(Data(trial.utf8))
    #expect(try third.lead(id: lead.id)?.stage == .piloting)
  }

  @Test func closedLeadsHaveNoWarningToActOn() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada")
    try history.debrief("2026-11-10", verdict: .commitment, facts: 1)
    try history.step("Intro to the CFO", due: "2026-11-20")
    func row() throws -> PipelineRow {
      try #require(try journal.pipeline(today: Days.today).first)
    }
    #expect(try row().actionableWarnings == [.nextStepOverdue])
    for stage in [LeadStage.won, .lost, .parked] {
      try journal.changeLead(history.lead.id, stage: stage)
      #expect(try row().warnings == [.nextStepOverdue], "the facts stay")
      #expect(try row().actionableWarnings.isEmpty)
    }
    try journal.changeLead(history.lead.id, stage: .piloting)
    #expect(try row().actionableWarnings == [.nextStepOverdue])
  }
}
