import Foundation
import Journal
import TerminalTestSupport
import Testing
import Vocabulary

/// A debrief starts from the lead's latest prep: the planned ask is its default, the fallback
/// and the expected yes, hedge and no are shown, and it asks whether the most important
/// unknown was learnt.
@Suite(.serialized)
struct PlanToResultTests {
  let home: TemporaryDirectory
  var journalPath: String { home.path + "/data/advance/journal.sqlite" }
  var environment: [String: String] { home.environment(["ADVANCE_TODAY": "2026-12-01"]) }

  init() throws {
    home = try TemporaryDirectory()
    try FileManager.default.createDirectory(
      atPath: home.path + "/data/advance", withIntermediateDirectories: true)
    let journal = JournalStore(path: journalPath)
    try journal.open()
    defer { journal.close() }
    let dana = try journal.addLead(Lead(name: "Dana Reyes", company: "Acme"))
    let prep = try journal.addMeeting(
      Meeting(
        leadId: dana.id, kind: .prep, day: try #require(JournalDay("2026-11-30")),
        status: .done, plannedAsk: "45 minutes with your ops lead on Tuesday"))
    for (id, value) in [
      ("ask", "45 minutes with your ops lead on Tuesday"),
      ("fallback", "a look at one month of their invoices"),
      ("unknown", "who signs off on new tools"),
      ("questions", "When did a duplicate invoice last slip through?\nWhat did it cost?"),
      ("yes_sounds", "Let me book Tuesday with Dev"), ("hedge_sounds", "Send me a deck"),
      ("no_sounds", "Not a priority this year"),
    ] {
      try journal.recordAnswer(meeting: prep.id, question: id, value: value)
    }
  }

  @Test func theWizardShowsThePlanBesideWhatWasSaid() throws {
    let session = try home.start(
      ["debrief", "Dana Reyes"], environment: environment,
      waitFor: "Return keeps: 45 minutes with your ops lead on Tuesday")
    #expect(session.text.contains("if too much: a look at one month of their invoices"))
    try session.answer("", thenWaitFor: "Your notes")
    try session.answer("They re-key 300 invoices a month.", thenWaitFor: "\n· ")
    try session.answer(".", thenWaitFor: "who signs off on new tools?")
    try session.answer("no", thenWaitFor: "Their numbers, 'all' or 'none'")
    try session.answer("1", thenWaitFor: "actually ask for")
    try session.answer("45 minutes on Tuesday with Dev", thenWaitFor: "What did they say")
    try session.answer(
      "Send me a deck and I'll look at it.", thenWaitFor: "commitment, a hedge or a no")
    let screen = session.text
    #expect(screen.contains("a hedge  Send me a deck"), "\(screen)")
    #expect(screen.contains("a yes    Let me book Tuesday with Dev"))
    session.type(":quit")
    session.press(.enter)
    _ = try session.waitForExit()
  }

  @Test func anAnswersFileTakesThePlannedAskFromThePrep() throws {
    let file = home.path + "/debrief.yaml"
    try """
    lead: Dana Reyes
    notes: They re-key 300 invoices a month.
    asked: 45 minutes on Tuesday with Dev
    reply: Yes, Tuesday at 10 with Dev works.
    unknown_learned: yes
    questions_answered: all
    next_steps: Dana books the room for Tuesday 10am
    """.write(toFile: file, atomically: true, encoding: .utf8)
    let run = try ShellRun.advance(["debrief", "--answers", file], environment: environment)
    #expect(run.status == 0, "\(run.errors)")
    #expect(run.output.contains("Wanted:      45 minutes with your ops lead on Tuesday"))
    let shown = try ShellRun.advance(["show", "Dana Reyes", "--json"], environment: environment)
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
    let meetings = try #require(story["meetings"] as? [[String: Any]])
    #expect(meetings.map { $0["kind"] as? String } == ["prep", "debrief"])
    #expect(meetings.last?["planned_ask"] as? String == "45 minutes with your ops lead on Tuesday")
  }
}
