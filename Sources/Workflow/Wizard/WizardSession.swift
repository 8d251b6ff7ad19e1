import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary

/// Runs one wizard for one lead through a front end, saving every answer to the journal the
/// moment it is given, so a killed terminal loses at most the line being typed.
///
/// The front end (``WizardFrontEnd``) shows the events and reads the answers, and is asked
/// whether to resume a draft; the session never words anything itself.
public final class WizardSession {
  public enum Outcome {
    case finished(WizardResult, scorecard: Scorecard?)
    case savedDraft
    /// Left before any answer: nothing was written, not even a new lead.
    case nothingSaved
  }

  private let frontEnd: any WizardFrontEnd
  private let clock: () -> Date
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
  /// Whether the lead and the meeting are in the journal yet: a new lead and a new meeting
  /// are added with the first answer, so the first question waits for no write.
  private var leadIsStored: Bool
  private var meetingIsStored: Bool
  /// The meeting to add with the first answer.
  private let newMeeting: Meeting?
  /// For a debrief proposed from a call, what the call proposed.
  private let call: CallProposal?

  /// Prepares the session, resuming the lead's draft of this wizard when the front end says to.
  ///
  /// `editing` is a finished meeting to reopen: every answer it has is the default, and
  /// finishing replaces it (what it said before is kept as a revision). `record` makes the
  /// meeting-record rules when the wizard finishes (they need the lexicon); a new meeting is on
  /// `today`; `now` is the moment dates in answers count from, and the rescue file's time.
  ///
  /// - Throws: `JournalError` for a journal that cannot be used.
  public init(
    script: Script, checks: CheckRegistry, kind: Meeting.Kind, lead: Lead, leadIsNew: Bool = false,
    journal: JournalStore, record: @escaping () throws -> MeetingRecord,
    frontEnd: any WizardFrontEnd, today: JournalDay, now: @escaping () -> Date,
    editing: Meeting? = nil, call: CallProposal? = nil
  ) throws {
    leadIsStored = !leadIsNew
    self.frontEnd = frontEnd
    self.clock = now
    self.call = call
    self.record = record
    self.journal = journal
    self.lead = lead
    self.kind = kind
    let wizard = script.name
    var resumed: WizardDraft?
    if !leadIsNew, let stored = try journal.draft(wizard: wizard, lead: lead.id),
      let decoded = try? JSONDecoder().decode(WizardDraft.self, from: Data(stored.state.utf8)),
      try journal.meeting(id: decoded.meetingID) != nil
    {
      if frontEnd.resumeDraft(wizard: wizard, lead: lead, answers: decoded.state.answers.count) {
        resumed = decoded
      } else {
        try journal.deleteDraft(wizard: wizard, lead: lead.id)
      }
    }
    var meetingID = ""
    let plan =
      kind == .debrief && !leadIsNew ? try PrepPlan.latest(lead: lead.id, in: journal) : nil
    self.plan = plan
    var defaults = plan?.defaults ?? [:]
    if editing == nil, let call {
      // What the call shows wins over what the prep expected.
      defaults.merge(call.debrief.answers) { _, proposed in proposed }
    }
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
    }
    let meeting =
      resumed == nil && editing == nil
      ? Meeting(leadId: lead.id, kind: kind, prepId: plan?.meeting.id, day: today) : nil
    if let meeting { meetingID = meeting.id }
    newMeeting = meeting
    meetingIsStored = meeting == nil
    engine = WizardEngine(
      script: script, checks: checks, context: AnswerContext(now: now()),
      state: resumed?.state, prefilled: ["lead": lead.name], given: plan?.given ?? [:],
      defaults: defaults)
    draft = resumed ?? WizardDraft(meetingID: meetingID, state: engine.state)
    saved = resumed?.state.answers ?? stored
  }

  /// Runs the wizard until it finishes, the founder quits, or the input ends.
  ///
  /// When the journal refuses a write (a full disk, a lock held too long), the wizard goes on
  /// with the answers kept in memory and saves them with the next answer it can. If they still
  /// cannot be saved at the end, they are written to a rescue file.
  ///
  /// - Throws: ``UnsavedAnswers`` naming the rescue file when the journal never took the
  ///   answers; `JournalError` for other failures (what was saved before stays).
  public func run() throws -> Outcome {
    if let plan { frontEnd.showPlan(plan) }
    var events = engine.start()
    try persistOrKeep()
    while true {
      var shown = events[...]
      // Before they read the answer: what they expected to hear, beside what was said.
      if let plan, let index = events.firstIndex(where: Self.asksForTheVerdict) {
        _ = frontEnd.present(Array(events[..<index]))
        frontEnd.showExpectations(of: plan, reply: engine.state.answers["reply"] ?? "")
        shown = events[index...]
      }
      let prompt = frontEnd.present(Array(shown))
      if case .finished(let result)? = events.last {
        try persistOrRescue()
        let (answers, card) = try finish(result)
        var confirmed = result
        confirmed.answers = answers
        return .finished(confirmed, scorecard: card)
      }
      if case .quit? = events.last {
        try persistOrRescue()
        return meetingIsStored ? .savedDraft : .nothingSaved
      }
      guard let prompt else {
        try persistOrRescue()
        return meetingIsStored ? .savedDraft : .nothingSaved
      }
      let partial = draft.state.position?.question == prompt.questionID ? draft.partialNotes : []
      let line = frontEnd.read(prompt, partialNotes: partial) { lines in
        self.draft.partialNotes = lines
        try? self.store()
        try? self.saveDraft()
      }
      draft.partialNotes = []
      let before = engine.state.answers
      events = line.map { engine.send($0) } ?? engine.handle(.quit)
      // An answer given, or one proposed and kept with Return (which may change no value).
      if engine.state.answers != before || line.map({ _ in isAnswer(events) }) == true {
        hasInput = true
      }
      try persistOrKeep()
    }
  }

  private static func asksForTheVerdict(_ event: WizardEvent) -> Bool {
    guard case .asked(let prompt) = event else { return false }
    return prompt.questionID == "verdict" && !prompt.isRepeat
  }

  /// Saves, or on a write the journal refuses, tells the front end once and keeps the answers
  /// for later.
  private func persistOrKeep() throws {
    do {
      try persist()
      if pendingSave {
        pendingSave = false
        frontEnd.journalCaughtUp()
      }
    } catch let error as JournalError where error.isRetryable {
      if !pendingSave {
        frontEnd.journalRefused(error)
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
          try AnswersFile.render(answers), wizard: engine.script.name, now: clock())
      } catch let rescue {
        throw UnsavedAnswers.lost(error, reason: "\(rescue)")
      }
      throw UnsavedAnswers.rescued(error, path: path)
    }
  }

  /// Whether the founder has answered anything yet: until then there is nothing to save.
  private var hasInput = false

  /// Whether `events`, the engine's response to a line, moved on to another question or
  /// finished: the line was taken as an answer (a command such as `:help` asks again).
  private func isAnswer(_ events: [WizardEvent]) -> Bool {
    events.contains { event in
      switch event {
      case .finished: true
      case .asked(let prompt): !prompt.isRepeat
      default: false
      }
    }
  }

  /// Adds the new meeting, with the new lead when there is one, once.
  private func store() throws {
    guard !meetingIsStored, let newMeeting else { return }
    try journal.addMeeting(newMeeting, addingLead: leadIsStored ? nil : lead)
    leadIsStored = true
    meetingIsStored = true
  }

  /// Saves answers that changed since the last call, then the draft; nothing before the
  /// founder's first answer.
  private func persist() throws {
    guard hasInput || meetingIsStored else { return }
    try store()
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
      answers = frontEnd.confirm(answers, record: rules)
      for (id, value) in answers where result.answers[id] != value {
        try journal.recordAnswer(meeting: draft.meetingID, question: id, value: value)
      }
      card = rules.scorecard(answers)
    }
    guard let meeting = try journal.meeting(id: draft.meetingID) else { return (answers, card) }
    try rules.store(meeting, answers: answers, scorecard: card, in: journal)
    if let call {
      try journal.recordCall(
        meeting: meeting.id, format: call.debrief.format.rawValue,
        fromCall: call.debrief.keptFromCall(answers), transcript: call.transcript)
    }
    try journal.deleteDraft(wizard: engine.script.name, lead: lead.id)
    return (answers, card)
  }
}
