import Foundation
import Journal
import PromptKit
import Scoring
import Workflow

/// Runs one wizard for one lead at the terminal, saving every answer to the journal the moment
/// it is given, so a killed terminal loses at most the line being typed.
final class WizardSession {
  enum Outcome {
    case finished(WizardResult, scorecard: Scorecard?)
    case savedDraft
  }

  private let context: CommandContext
  private let journal: JournalStore
  private let lead: Lead
  private let kind: Meeting.Kind
  private let record: () throws -> MeetingRecord
  private var engine: WizardEngine
  /// For a debrief, the prep it follows.
  private let plan: PrepPlan?
  private var draft: WizardDraft
  private var saved: [String: String]
  /// Whether answers are waiting for the journal, after a write it refused (disk full, locked).
  private var pendingSave = false
  /// Whether the founder gave any answer (or command) in this run.
  private(set) var founderAnswered = false

  /// Prepares the session, resuming the lead's draft of this wizard when the founder wants to.
  ///
  /// `editing` is a finished meeting to reopen: every answer it has is the default, and
  /// finishing replaces it (what it said before is kept as a revision).
  ///
  /// - Throws: `CommandFailure` for a journal that cannot be used.
  init(
    script: Script, checks: CheckRegistry, kind: Meeting.Kind, lead: Lead, journal: JournalStore,
    record: @escaping () throws -> MeetingRecord, context: CommandContext,
    editing: Meeting? = nil
  ) throws {
    self.context = context
    self.record = record
    self.journal = journal
    self.lead = lead
    self.kind = kind
    let wizard = script.name
    var resumed: WizardDraft?
    if let stored = try journal.draft(wizard: wizard, lead: lead.id),
      let decoded = try? JSONDecoder().decode(WizardDraft.self, from: Data(stored.state.utf8)),
      try journal.meeting(id: decoded.meetingID) != nil
    {
      let answered = decoded.state.answers.count
      let question =
        "You have an unfinished \(wizard) for \(VisibleText.of(lead.name)) (\(answered) answers)."
        + " Resume it? [Y/n]"
      context.console.line(question)
      if Self.askToResume(context) {
        resumed = decoded
      } else {
        try journal.deleteDraft(wizard: wizard, lead: lead.id)
      }
    }
    let meetingID: String
    let plan = kind == .debrief ? try PrepPlan.latest(lead: lead.id, in: journal) : nil
    self.plan = plan
    var defaults = plan?.defaults ?? [:]
    var stored: [String: String] = [:]
    if let resumed {
      meetingID = resumed.meetingID
    } else if let editing {
      meetingID = editing.id
      try journal.keepRevision(of: editing.id)
      for answer in try journal.answers(meeting: editing.id) {
        stored[answer.questionId] = answer.value
      }
      defaults.merge(stored) { _, answer in answer }
    } else {
      meetingID = try journal.addMeeting(
        Meeting(leadId: lead.id, kind: kind, prepId: plan?.meeting.id, day: context.today)
      ).id
    }
    engine = WizardEngine(
      script: script, checks: checks, context: AnswerContext(now: context.now),
      state: resumed?.state, prefilled: ["lead": lead.name], given: plan?.given ?? [:],
      defaults: defaults)
    draft = resumed ?? WizardDraft(meetingID: meetingID, state: engine.state)
    saved = resumed?.state.answers ?? stored
  }

  /// Reads the answer to "Resume it? [Y/n]": true to resume.
  ///
  /// y, yes or Return resume, n or no start afresh, and anything else is asked again (an answer
  /// typed too early must not throw the draft away). The end of input resumes, as Return does.
  static func askToResume(_ context: CommandContext) -> Bool {
    while true {
      switch context.lineReader.readLine(prompt: "› ", kind: .answer) {
      case .line(let line):
        if let answer = resumeAnswer(line) { return answer }
        context.console.line("Type y to resume or n to start afresh (Return resumes).")
      case .interrupted:
        continue
      case .endOfInput:
        return true
      }
    }
  }

  /// true for y, yes and an empty line, false for n and no (any case), nil for anything else.
  static func resumeAnswer(_ line: String) -> Bool? {
    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "y", "yes": return true
    case "n", "no": return false
    default: return nil
    }
  }

  /// Runs the wizard until it finishes, the founder quits, or the input ends.
  ///
  /// When the journal refuses a write (a full disk, a lock held too long), the wizard goes on
  /// with the answers kept in memory and saves them with the next answer it can. If they still
  /// cannot be saved at the end, they are written to a rescue file.
  ///
  /// - Throws: `CommandFailure` (status 3) naming the rescue file when the journal never took
  ///   the answers; `JournalError` for other failures (what was saved before stays).
  func run() throws -> Outcome {
    let presenter = WizardPresenter(console: context.console, reader: context.lineReader)
    let planView = plan.map { PlanPresenter(console: context.console, plan: $0) }
    planView?.showPlan()
    var events = engine.start()
    try persistOrKeep()
    while true {
      var shown = events[...]
      // Before they read the answer: what they expected to hear, beside what was said.
      if let planView, let index = events.firstIndex(where: Self.asksForTheVerdict) {
        _ = presenter.present(Array(events[..<index]))
        planView.showExpectations(reply: engine.state.answers["reply"] ?? "")
        shown = events[index...]
      }
      let prompt = presenter.present(Array(shown))
      if case .finished(let result)? = events.last {
        try persistOrRescue()
        let (answers, card) = try finish(result)
        var confirmed = result
        confirmed.answers = answers
        return .finished(confirmed, scorecard: card)
      }
      if case .quit? = events.last {
        try persistOrRescue()
        return .savedDraft
      }
      guard let prompt else {
        try persistOrRescue()
        return .savedDraft
      }
      let partial = draft.state.position?.question == prompt.questionID ? draft.partialNotes : []
      let line = presenter.read(prompt, partialNotes: partial) { lines in
        self.draft.partialNotes = lines
        try? self.saveDraft()
      }
      draft.partialNotes = []
      if line != nil { founderAnswered = true }
      events = line.map { engine.send($0) } ?? engine.handle(.quit)
      try persistOrKeep()
    }
  }

  private static func asksForTheVerdict(_ event: WizardEvent) -> Bool {
    guard case .asked(let prompt) = event else { return false }
    return prompt.questionID == "verdict" && !prompt.isRepeat
  }

  /// Saves, or on a write the journal refuses, says so once and keeps the answers for later.
  private func persistOrKeep() throws {
    do {
      try persist()
      if pendingSave {
        pendingSave = false
        context.console.line("Saved: the journal has taken every answer so far.")
      }
    } catch let error as JournalError where error.isRetryable {
      if !pendingSave {
        context.console.error(
          "\(error.description); your answers are kept here and saved as soon as the journal"
            + " takes them")
      }
      pendingSave = true
    }
  }

  /// At the end: when answers are still waiting for the journal, tries once more, and writes
  /// the ones it never took to a rescue file. (Otherwise the last `persistOrKeep` saved all.)
  private func persistOrRescue() throws {
    guard pendingSave else { return }
    do {
      try persist()
    } catch let error as JournalError where error.isRetryable {
      let answers = engine.script.questions.compactMap { question in
        engine.state.answers[question.id].map { (id: question.id, value: $0) }
      }
      let path: String
      do {
        path = try WizardRescue.write(
          try AnswersFile.render(answers), wizard: engine.script.name, now: context.now)
      } catch let rescue {
        throw CommandFailure(
          "\(error.description); the rescue file failed too: \(rescue)", status: 3)
      }
      let retry =
        kind == .debrief
        ? "run 'advance debrief --answers \(path)'" : "retype them from it"
      throw CommandFailure(
        "\(error.description); your answers are in \(path) (only you can read it):"
          + " once the journal can take them, \(retry)",
        status: 3)
    }
  }

  /// Saves answers that changed since the last call, then the draft.
  private func persist() throws {
    for (id, value) in engine.state.answers where saved[id] != value {
      try journal.recordAnswer(meeting: draft.meetingID, question: id, value: value)
      saved[id] = value
    }
    draft.state = engine.state
    try saveDraft()
  }

  private func saveDraft() throws {
    let data = try JSONEncoder().encode(draft)
    try journal.saveDraft(
      wizard: engine.script.name, lead: lead.id, state: String(decoding: data, as: UTF8.self))
  }

  /// Stores the finished meeting and its next steps; for a debrief, the founder first confirms
  /// the steps' owners (and which verdict stands), and those answers are saved too.
  private func finish(_ result: WizardResult) throws -> ([String: String], Scorecard?) {
    var answers = result.answers
    var card: Scorecard?
    let rules = try record()
    if kind == .debrief {
      answers = RecordConfirmation(console: context.console, reader: context.lineReader)
        .confirm(answers, record: rules)
      for (id, value) in answers where result.answers[id] != value {
        try journal.recordAnswer(meeting: draft.meetingID, question: id, value: value)
      }
      card = rules.scorecard(answers)
    }
    guard let meeting = try journal.meeting(id: draft.meetingID) else { return (answers, card) }
    try rules.store(meeting, answers: answers, scorecard: card, in: journal)
    try journal.deleteDraft(wizard: engine.script.name, lead: lead.id)
    return (answers, card)
  }
}
