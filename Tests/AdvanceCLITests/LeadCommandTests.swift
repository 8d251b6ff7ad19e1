import Foundation
import Journal
import TerminalTestSupport
import Testing
import Vocabulary

@testable import AdvanceCLI

/// `advance lead` and the did-you-mean of prep and debrief, run in process without a terminal.
struct LeadCommandTests {
  let folder: TemporaryDirectory
  let path: String
  let output = BufferSink()
  let errors = BufferSink()

  init() throws {
    folder = try TemporaryDirectory()
    path = folder.path + "/journal.sqlite"
  }

  func context() -> CommandContext {
    var options = CommandSettings()
    options.journal = path
    return CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: ["ADVANCE_TODAY": "2026-11-23"], options: options,
      reader: PipeLineReader { nil })
  }

  func withJournal<T>(_ body: (JournalStore) throws -> T) throws -> T {
    let journal = JournalStore(path: path)
    try journal.open()
    defer { journal.close() }
    return try body(journal)
  }

  /// Jordan (Acme, CTO) with one debrief and a step overdue; Sam, met once, owing nothing.
  @discardableResult
  func seed() throws -> (jordan: Lead, sam: Lead) {
    try withJournal { journal in
      let jordan = try journal.addLead(Lead(name: "Jordan", company: "Acme", role: "CTO"))
      let sam = try journal.addLead(Lead(name: "Sam Okafor", company: "Birch"))
      let day = try #require(JournalDay("2026-11-10"))
      let meeting = try journal.addMeeting(
        Meeting(
          leadId: jordan.id, kind: .debrief, day: day, status: .done, verdict: .commitment,
          currencies: [.time]))
      try journal.addCommitment(
        Commitment(
          leadId: jordan.id, meetingId: meeting.id, what: "a pilot review",
          due: DueDate(try #require(JournalDay("2026-11-20"))), owner: .them))
      _ = try journal.addMeeting(
        Meeting(leadId: sam.id, kind: .debrief, day: day, status: .done, verdict: .hedge))
      return (jordan, sam)
    }
  }

  func run(_ arguments: [String]) throws {
    try LeadCommand.parse(arguments).run(in: context())
  }

  func failure(_ arguments: [String]) throws -> CommandFailure {
    do {
      try run(arguments)
    } catch let failure as CommandFailure {
      return failure
    }
    Issue.record("lead \(arguments) did not fail")
    return CommandFailure("")
  }

  @Test func showsTheLeadWithItsStageMeetingsAndSteps() throws {
    try seed()
    try run(["jor"])
    #expect(
      output.text == """
        Jordan
          company     Acme
          role        CTO
          stage       new — added, not met yet
          meetings    1 (1 finished debrief)
          open steps  1 of 1

        """)
  }

  @Test func anUnknownNameFailsWithTheLeadItIsCloseTo() throws {
    try seed()
    let close = try failure(["Jordon"])
    #expect(
      close
        == CommandFailure(
          "no lead named 'Jordon'; did you mean 'Jordan'? (to add it: advance lead 'Jordon' --add)")
    )
    let far = try failure(["Zed"])
    #expect(
      far.message == "no lead named 'Zed'; 'leads' lists them (to add it: advance lead 'Zed' --add)"
    )
    #expect(far.status == 1)
    #expect(try withJournal { try $0.leads().count } == 2)
  }

  @Test func addCreatesTheLeadWithWhatWasGiven() throws {
    try seed()
    try run(["Jordon", "Wu", "--add", "--company", "Zeta", "--role", "COO", "--stage", "trial"])
    #expect(output.text.hasPrefix("Added Jordon Wu (Zeta).\nJordon Wu\n"))
    #expect(output.text.contains("  stage       piloting — trying it"))
    let added = try #require(try withJournal { try $0.lead(named: "jordon wu") })
    #expect(added.company == "Zeta" && added.role == "COO" && added.stage == .piloting)

    let twice = try failure(["JORDAN", "--add"])
    #expect(
      twice.message == "there is already a lead named 'Jordan' (to see it: advance lead 'Jordan')")
    #expect(try withJournal { try $0.leads().count } == 3)
  }

  @Test func changesStageRoleAndName() throws {
    let (jordan, _) = try seed()
    try run(["jordan", "--stage", "paying", "--role", "CEO", "--rename", "Jordan Lee"])
    let changed = try #require(try withJournal { try $0.lead(id: jordan.id) })
    #expect(changed.name == "Jordan Lee" && changed.role == "CEO" && changed.stage == .won)
    #expect(
      output.text.contains(
        "  stage       won — a customer: paying, or signed to (off the to-act list)\n"))
  }

  @Test func aRenameToAnotherLeadsNameSuggestsMerging() throws {
    let (jordan, _) = try seed()
    let taken = try failure(["jordan", "--rename", "sam okafor", "--role", "CEO"])
    #expect(
      taken
        == CommandFailure(
          "there is already a lead named 'Sam Okafor'; if they are one person: "
            + "advance lead 'Jordan' --merge-into 'Sam Okafor'"))
    #expect(try withJournal { try $0.lead(id: jordan.id) } == jordan, "nothing changed")
  }

  @Test func deleteNeedsYesWithoutATerminalAndTheFullName() throws {
    let (jordan, _) = try seed()
    let unasked = try failure(["Jordan", "--delete"])
    #expect(
      unasked.message
        == "--delete asks first, and there is no terminal to ask at; add --yes to go ahead")
    let prefix = try failure(["jor", "--delete", "--yes"])
    #expect(
      prefix.message
        == "no lead is named 'jor'; --delete and --merge-into need the full name ('Jordan')")
    #expect(try withJournal { try $0.lead(id: jordan.id) } != nil)

    try run(["jordan", "--delete", "--yes"])
    #expect(output.text == "Deleted Jordan (Acme) with 1 meeting, 1 step.\n")
    #expect(try withJournal { try $0.lead(id: jordan.id) } == nil)
    #expect(try withJournal { try $0.followups(today: JournalDay(ordinal: 0)) }.isEmpty)
  }

  @Test func mergeMovesTheTyposMeetingsToTheRealLead() throws {
    let (jordan, _) = try seed()
    let typo = try withJournal { journal in
      let typo = try journal.addLead(Lead(name: "Jordon", role: "CTO"))
      _ = try journal.addMeeting(
        Meeting(leadId: typo.id, kind: .prep, day: try #require(JournalDay("2026-11-21"))))
      return typo
    }
    #expect(try failure(["Jordon", "--merge-into", "Jordon", "--yes"]).status == 1)
    try run(["Jordon", "--merge-into", "jordan", "--yes"])
    #expect(output.text.hasPrefix("Merged Jordon into Jordan (Acme): 1 meeting, 0 steps moved.\n"))
    #expect(output.text.contains("  meetings    2 (1 finished debrief)\n"))
    #expect(try withJournal { try $0.lead(id: typo.id) } == nil)
    #expect(try withJournal { try $0.meetings(lead: jordan.id).count } == 2)
  }

  @Test(arguments: [
    ["x", "--delete", "--stage", "won"], ["x", "--merge-into", "y", "--role", "CTO"],
    ["x", "--add", "--rename", "y"], ["x", "--rename", " "], [" "],
    ["x", "--company", String(repeating: "a", count: 121)], ["x", "--role", "two\nlines"],
  ])
  func contradictoryOrBadOptionsAreUsageErrors(arguments: [String]) {
    #expect(throws: (any Error).self) { try LeadCommand.parse(arguments) }
  }

  @Test func closedLeadsComeLastAndLeaveTheToActList() throws {
    let (jordan, _) = try seed()
    try LeadsCommand.parse([]).run(in: context())
    #expect(output.text.hasSuffix("2 leads, 2 to act on.\n"))
    try withJournal { journal in _ = try journal.changeLead(jordan.id, stage: .parked) }
    let before = output.text.count
    try LeadsCommand.parse([]).run(in: context())
    let lines = output.text.dropFirst(before).split(separator: "\n").map(String.init)
    #expect(lines[1].hasPrefix("Sam Okafor (Birch)") && lines[1].contains("! no next step"))
    #expect(lines[2].hasPrefix("Jordan (Acme)") && lines[2].contains("parked"))
    #expect(!lines[2].contains("!"), "a parked lead shows no warning")
    #expect(lines.last == "2 leads, 1 to act on.")
  }

  @Test func aCloseNameWithoutATerminalAddsNothing() throws {
    try seed()
    let journal = JournalStore(path: path)
    try journal.open()
    defer { journal.close() }
    #expect(
      throws: CommandFailure(
        "no lead named 'jordon'; did you mean 'Jordan'? Use the exact name, or add it first "
          + "with: advance lead 'jordon' --add")
    ) {
      try context().findOrAddLead("jordon", in: journal)
    }
    // A full name whose first name is a lead's.
    #expect(
      throws: CommandFailure(
        "no lead named 'Jordan Lee'; did you mean 'Jordan'? Use the exact name, or add it first "
          + "with: advance lead 'Jordan Lee' --add")
    ) {
      try context().findOrAddLead("Jordan Lee", in: journal)
    }
    #expect(try journal.leads().count == 2)
    // Far from every name: added, as before.
    let zed = try context().findOrAddLead("Zed", in: journal)
    #expect(zed.name == "Zed" && output.text.contains("New lead: Zed"))
    #expect(try context().findOrAddLead("jordan", in: journal).company == "Acme")
  }
}
