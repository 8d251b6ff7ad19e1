import Diagnostics
import Foundation
import GRDB
import Journal
import PromptKit
import Scoring
import TerminalTestSupport
import Testing
import Vocabulary
import Workflow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The wizard session without a terminal: what it asks the front end, what it saves, and
/// where the answers go when the journal refuses them.
struct WizardSessionTests {
  let folder: TemporaryDirectory
  let journal: JournalStore
  let script: Script

  static let now = Date(timeIntervalSince1970: 1_795_000_000)
  static let day = JournalDay(now)

  init() throws {
    folder = try TemporaryDirectory()
    journal = JournalStore(path: folder.path + "/journal.sqlite", busyTimeout: 0.05)
    try journal.open()
    script = try TwoQuestionScript.load()
  }

  func session(_ frontEnd: ScriptedFrontEnd, lead: Lead, isNew: Bool) throws -> WizardSession {
    try WizardSession(
      script: script, checks: CheckRegistry(), kind: .prep, lead: lead, leadIsNew: isNew,
      journal: journal,
      record: {
        MeetingRecord(lexicon: Lexicon(groups: []), context: AnswerContext(now: Self.now))
      },
      frontEnd: frontEnd, today: Self.day, now: { Self.now })
  }

  /// Leaves a draft of one answer for Ada, as a wizard ended after its first answer does.
  func draftForAda() throws -> Lead {
    let lead = Lead(name: "Ada")
    let first = ScriptedFrontEnd(answers: ["an intro to the CFO"])
    guard case .savedDraft = try session(first, lead: lead, isNew: true).run() else {
      Issue.record("the first run should leave a draft")
      return lead
    }
    #expect(try journal.draft(wizard: script.name, lead: lead.id) != nil)
    return lead
  }

  @Test func aNewLeadIsOfferedNoDraft() throws {
    let frontEnd = ScriptedFrontEnd(answers: [])
    let outcome = try session(frontEnd, lead: Lead(name: "Ada"), isNew: true).run()
    guard case .nothingSaved = outcome else {
      Issue.record("expected nothing saved, got \(outcome)")
      return
    }
    #expect(frontEnd.offers.isEmpty)
    #expect(try journal.leads().isEmpty)
  }

  @Test func aDraftIsOfferedAndResumedWhereItStopped() throws {
    let lead = try draftForAda()
    let frontEnd = ScriptedFrontEnd(answers: ["sure, next week"], resumes: true)
    let outcome = try session(frontEnd, lead: lead, isNew: false).run()
    #expect(frontEnd.offers.map(\.wizard) == [script.name])
    #expect(frontEnd.offers.map(\.lead) == ["Ada"])
    #expect(frontEnd.offers.map(\.answers) == [1])
    #expect(frontEnd.starts == [true])
    #expect(frontEnd.asked == ["reply"], "the answered question is not asked again")
    guard case .finished(let result, _) = outcome else {
      Issue.record("expected the wizard to finish, got \(outcome)")
      return
    }
    #expect(result.answers["ask"] == "an intro to the CFO")
    #expect(result.answers["reply"] == "sure, next week")
    let meetings = try journal.meetings(lead: lead.id)
    #expect(meetings.count == 1, "the resumed answers go to the draft's meeting")
    #expect(try journal.draft(wizard: script.name, lead: lead.id) == nil)
  }

  @Test func aDeclinedDraftIsDeletedAndTheWizardStartsAfresh() throws {
    let lead = try draftForAda()
    let frontEnd = ScriptedFrontEnd(answers: [], resumes: false)
    let session = try session(frontEnd, lead: lead, isNew: false)
    #expect(frontEnd.offers.count == 1)
    #expect(try journal.draft(wizard: script.name, lead: lead.id) == nil)
    _ = try session.run()
    #expect(frontEnd.starts == [false])
    #expect(frontEnd.asked == ["ask"], "the first question is asked again")
  }

  @Test func theAnswersGoToARescueFileWhenTheJournalNeverTakesThem() throws {
    let other = try DatabaseQueue(path: journal.path)
    let frontEnd = ScriptedFrontEnd(answers: ["an intro to the CFO", "sure, next week"])
    var thrown: (any Error)?
    // Another connection holds the write lock for the whole wizard.
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      do {
        _ = try session(frontEnd, lead: Lead(name: "Ada"), isNew: true).run()
      } catch {
        thrown = error
      }
      try db.execute(sql: "ROLLBACK")
    }
    #expect(frontEnd.refusals == [.locked(path: journal.path, seconds: 0.05)], "told once")
    #expect(frontEnd.caughtUp == 0)
    guard case .rescued(let error, let path)? = thrown as? UnsavedAnswers else {
      Issue.record("expected the answers rescued, got \(String(describing: thrown))")
      return
    }
    defer { unlink(path) }
    #expect(error == .locked(path: journal.path, seconds: 0.05))
    var info = stat()
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    let bag = DiagnosticBag()
    let file = try #require(AnswersFile.load(path: path, into: bag))
    #expect(file["ask"]?.value == "an intro to the CFO")
    #expect(file["reply"]?.value == "sure, next week")
    #expect(try journal.leads().isEmpty, "nothing reached the journal")
  }

  @Test func answersKeptWhileTheJournalRefusesAreSavedWhenItTakesThem() throws {
    var configuration = Configuration()
    // The lock is taken in one access and released in another.
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: journal.path, configuration: configuration)
    let frontEnd = ScriptedFrontEnd(answers: ["an intro to the CFO", "sure, next week"])
    frontEnd.beforeAnswer = { given in
      // Locked while the first answer is saved, free again for the second.
      try other.writeWithoutTransaction { db in
        try db.execute(sql: given == 0 ? "BEGIN IMMEDIATE" : "ROLLBACK")
      }
    }
    let lead = Lead(name: "Ada")
    let outcome = try session(frontEnd, lead: lead, isNew: true).run()
    #expect(frontEnd.refusals.count == 1)
    #expect(frontEnd.caughtUp == 1)
    guard case .finished = outcome else {
      Issue.record("expected the wizard to finish, got \(outcome)")
      return
    }
    let meeting = try #require(try journal.meetings(lead: lead.id).first)
    let stored = try journal.answers(meeting: meeting.id)
    #expect(
      Dictionary(uniqueKeysWithValues: stored.map { ($0.questionId, $0.value) })
        == ["ask": "an intro to the CFO", "reply": "sure, next week"])
  }
}
