import Foundation
import Journal
import TerminalTestSupport
import Testing
import Vocabulary

/// The questions `advance` asks about leads at a terminal: did you mean, and are you sure.
@Suite(.serialized)
struct LeadTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/data/advance/journal.sqlite" }

  func withJournal<T>(_ body: (JournalStore) throws -> T) throws -> T {
    let journal = JournalStore(path: journalPath)
    try journal.open()
    defer { journal.close() }
    return try body(journal)
  }

  /// Jordan at Acme, with one finished debrief.
  @discardableResult
  func seedJordan() throws -> Lead {
    try withJournal { journal in
      let jordan = try journal.addLead(Lead(name: "Jordan", company: "Acme"))
      _ = try journal.addMeeting(
        Meeting(
          leadId: jordan.id, kind: .debrief, day: try #require(JournalDay("2026-11-10")),
          status: .done, verdict: .hedge))
      return jordan
    }
  }

  func start(_ arguments: [String], waitFor marker: String) throws -> TerminalSession {
    try home.start(arguments, environment: ["ADVANCE_TODAY": "2026-11-23"], waitFor: marker)
  }

  /// Answers the prep's first question and leaves at the second, keeping a draft.
  func quitWizard(_ session: TerminalSession) throws {
    try session.waitFor("Where are you with them?")
    try session.waitForEditing()
    try session.answer("1", thenWaitFor: "What should the ask cost them?")
    session.type(":quit")
    session.press(.enter)
    try session.waitFor("Saved as a draft")
    #expect(try session.waitForExit() == 0)
  }

  @Test func yesToDidYouMeanUsesTheLeadThatIsThere() throws {
    let jordan = try seedJordan()
    let session = try start(
      ["prep", "Jordon"], waitFor: "No lead named 'Jordon'. Did you mean Jordan (Acme)? [Y/n]")
    session.press(.enter)
    try quitWizard(session)
    let leads = try withJournal { try $0.leads() }
    #expect(leads.map(\.id) == [jordan.id])
    #expect(try withJournal { try $0.draft(wizard: "prep", lead: jordan.id) } != nil)
  }

  @Test func noToDidYouMeanAddsTheNewName() throws {
    try seedJordan()
    let session = try start(["prep", "Jordon"], waitFor: "Did you mean Jordan (Acme)? [Y/n]")
    session.type("maybe")
    session.press(.enter)
    try session.waitFor("Type y or n (Return means yes).")
    try session.waitForEditing()
    session.type("n")
    session.press(.enter)
    try session.waitFor("New lead: Jordon")
    try quitWizard(session)
    #expect(try withJournal { try $0.leads().map(\.name) } == ["Jordan", "Jordon"])
  }

  @Test func leavingBeforeTheFirstAnswerAddsNoLead() throws {
    for leave in [":quit", nil] {
      let session = try start(["prep", "Nobody Yet"], waitFor: "Where are you with them?")
      if let leave {
        session.type(leave)
        session.press(.enter)
      } else {
        session.press(.controlD)
      }
      try session.waitFor("Nothing was answered, so Nobody Yet was not added.")
      #expect(try session.waitForExit() == 0)
      #expect(try withJournal { try $0.leads() }.isEmpty)
    }
    let piped = try ShellRun.advance(
      ["prep", "Nobody Yet"], environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
    #expect(piped.status == 1)
    #expect(piped.errors.contains("error: input ended before the prep was started"))
    #expect(try withJournal { try $0.leads() }.isEmpty)
  }

  @Test func controlDAtDidYouMeanAddsNothing() throws {
    try seedJordan()
    let session = try start(["prep", "Jordon"], waitFor: "[Y/n]")
    session.press(.controlD)
    try session.waitFor("no lead chosen for 'Jordon'; nothing was added")
    #expect(try session.waitForExit() == 1)
    #expect(try withJournal { try $0.leads().map(\.name) } == ["Jordan"])
  }

  @Test func deleteAsksFirstAndReturnKeepsTheLead() throws {
    let jordan = try seedJordan()
    let kept = try start(
      ["lead", "Jordan", "--delete"], waitFor: "Delete Jordan (Acme) and 1 meeting, 0 steps? [y/N]")
    kept.press(.enter)
    try kept.waitFor("Nothing was deleted.")
    #expect(try kept.waitForExit() == 0)
    #expect(try withJournal { try $0.lead(id: jordan.id) } != nil)

    let gone = try start(["lead", "Jordan", "--delete"], waitFor: "[y/N]")
    gone.type("y")
    gone.press(.enter)
    try gone.waitFor("Deleted Jordan (Acme) with 1 meeting, 0 steps.")
    #expect(try gone.waitForExit() == 0)
    #expect(try withJournal { try $0.leads() }.isEmpty)
  }

  @Test func mergeInTheREPLAsksFirst() throws {
    let jordan = try seedJordan()
    try withJournal { journal in _ = try journal.addLead(Lead(name: "Jordon")) }
    let session = try start([], waitFor: "advance> ")
    session.type("lead Jordon --merge-into Jordan")
    session.press(.enter)
    try session.waitFor(
      "Move Jordon's 0 meetings, 0 steps to Jordan (Acme) and delete Jordon? [y/N]")
    try session.waitForEditing()
    session.type("yes")
    session.press(.enter)
    try session.waitFor("Merged Jordon into Jordan (Acme)")
    try session.waitFor("advance> ", count: 2)
    try session.waitForEditing()
    session.type("quit")
    session.press(.enter)
    #expect(try session.waitForExit() == 0)
    #expect(try withJournal { try $0.leads().map(\.id) } == [jordan.id])
  }
}
