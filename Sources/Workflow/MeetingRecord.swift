import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary

/// Turns a finished wizard's answers into what the journal keeps of the meeting: the plan, the
/// reply with both readings, the next steps with their owners, and whether it advanced — the
/// one place these rules are applied, so every screen and export tells the same story.
///
/// The answer ids are those DESIGN.md fixes for `debrief` (`planned`, `asked`, `reply`,
/// `notes`, `verdict`, `currencies`, `next_steps`, and the older `next_step` with
/// `next_step_date`) and `ask` for `prep`.
public struct MeetingRecord: Sendable {
  /// The scorer of the debrief.
  public let scorer: MeetingScorer
  /// The reader of next steps.
  public let steps: StepReader
  /// The clock for dates written in steps.
  public let context: AnswerContext

  /// Creates the record's rules over a lexicon.
  public init(lexicon: Lexicon, context: AnswerContext = AnswerContext()) {
    scorer = MeetingScorer(lexicon: lexicon)
    steps = StepReader(lexicon: lexicon)
    self.context = context
  }

  /// The founder's own reading of the reply, when they gave one.
  public static func yourVerdict(_ answers: [String: String]) -> Verdict? {
    answers["verdict"].flatMap(Verdict.init(rawValue:))
  }

  /// The next steps of a debrief: `next_steps`, one per line, or the older single
  /// `next_step` with its `next_step_date`.
  public func nextSteps(_ answers: [String: String]) -> [NextStep] {
    if let lines = answers["next_steps"] {
      return StepLine.steps(in: lines, reader: steps, context: context)
    }
    guard let what = answers["next_step"], !what.allSatisfy(\.isWhitespace) else { return [] }
    let line = [what] + (answers["next_step_date"].map { [$0] } ?? [])
    return StepLine.step(line.joined(separator: " | "), reader: steps, context: context)
      .map { [$0] } ?? []
  }

  /// Whether the founder's reading stands over the judge's.
  ///
  /// What they chose when the debrief asked (`verdict_stands: yours|judge`). Unasked (an
  /// answers file, a debrief written before v5), the judge's stands; both are kept either way.
  public static func yoursStands(_ answers: [String: String]) -> Bool {
    answers["verdict_stands"] == "yours"
  }

  /// The founder's currencies, when they named them.
  static func yourCurrencies(_ answers: [String: String]) -> [Currency] {
    (answers["currencies"] ?? "").split(separator: ",").compactMap {
      Currency(rawValue: $0.trimmingCharacters(in: .whitespaces))
    }.sorted()
  }

  /// The debrief's scorecard: the judge's reading, advancement from the verdict that stands
  /// (the founder's, unless they chose the judge's when asked).
  public func scorecard(_ answers: [String: String]) -> Scorecard {
    scorecard(answers, steps: nextSteps(answers), yoursStands: Self.yoursStands(answers))
  }

  private func scorecard(
    _ answers: [String: String], steps: [NextStep], yoursStands: Bool
  ) -> Scorecard {
    scorer.score(
      notes: answers["notes"] ?? "", reply: answers["reply"], steps: steps,
      planned: answers["planned"], yourVerdict: Self.yourVerdict(answers),
      yourCurrencies: Self.yourCurrencies(answers), yoursStands: yoursStands)
  }

  /// When the meeting is: the prep's `when` answer, stored by the date question as
  /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
  public static func scheduledFor(_ answers: [String: String]) -> DueDate? {
    answers["when"].flatMap(DueDate.init)
  }

  /// The meeting with the answers (and the scorecard, for a debrief) applied, its status done.
  public static func finished(
    _ meeting: Meeting, answers: [String: String], scorecard: Scorecard? = nil
  ) -> Meeting {
    var meeting = meeting
    meeting.status = .done
    if let ask = answers["ask"] ?? answers["planned"] { meeting.plannedAsk = ask }
    if let reply = answers["reply"] { meeting.reply = reply }
    meeting.yourVerdict = yourVerdict(answers)
    if let when = scheduledFor(answers) { meeting.scheduledFor = when }
    if let card = scorecard {
      meeting.verdict = card.verdict
      meeting.advanced = card.advancement.advanced
      // What the meeting cost them, by the verdict that stands.
      meeting.currencies = card.advancement.costs
      meeting.strength = card.interpretation.strength
      meeting.score = card.score
      let findings = card.notes.findings
      meeting.factCount = findings.count { $0.kind == .fact }
      // Compliments only: fluff and hypotheticals are noise of another kind (the scorecard
      // counts them apart), and a step they agreed to is no compliment.
      meeting.complimentCount = findings.count { $0.kind == .compliment }
      meeting.earlyvangelistSigns = card.notes.distinctSigns.count
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      meeting.scorecard = (try? encoder.encode(card)).map { String(decoding: $0, as: UTF8.self) }
    }
    if let asked = answers["asked"], asked.lowercased() != "nothing" {
      meeting.askedCurrency = meeting.currencies.max()
    }
    return meeting
  }

  /// Saves a finished meeting with its answers applied and its next steps, and moves the
  /// lead's stage with it (``stage(after:scorecard:)``).
  ///
  /// - Returns: the lead's new stage when the meeting moved it.
  @discardableResult
  public func store(
    _ meeting: Meeting, answers: [String: String], scorecard: Scorecard?, in journal: JournalStore
  ) throws(JournalError) -> LeadStage? {
    let done = Self.finished(meeting, answers: answers, scorecard: scorecard)
    try journal.saveRecord(done, steps: scorecard?.steps ?? [])
    guard let scorecard, let lead = try journal.lead(id: meeting.leadId),
      let stage = Self.stage(after: lead.stage, scorecard: scorecard)
    else { return nil }
    try journal.changeLead(lead.id, stage: stage)
    return stage
  }

  /// Where a debrief moves a lead.
  ///
  /// A new lead has been met; a clear no that stands, with no step of theirs left, is lost
  /// (the founder can set it back; a thank-you note of ours keeps nothing alive); a lost or
  /// parked lead that advances is met again. Stages the founder set (piloting, won, parked…) are theirs to change.
  public static func stage(after stage: LeadStage, scorecard: Scorecard) -> LeadStage? {
    let clearNo = scorecard.advancement.reason == .rejected
    let theirs = scorecard.steps.contains { $0.owner == .them }
    if clearNo && !theirs && !stage.isClosed { return .lost }
    // A lead that was let go and then gave something up is back in play.
    if scorecard.advancement.advanced && (stage == .lost || stage == .parked) { return .met }
    return stage == .new ? .met : nil
  }

  /// A line for when the founder read the reply differently from the judge, else nil.
  public static func disagreement(answers: [String: String], scorecard: Scorecard) -> String? {
    guard let own = yourVerdict(answers), own != scorecard.verdict else { return nil }
    let stands =
      yoursStands(answers)
      ? "Yours stands; both are kept."
      : "The judge's stands (a debrief at the terminal asks which); both are kept."
    return readings(own: own, scorecard: scorecard) + ". " + stands
  }

  /// The founder's reading of the reply beside the judge's, with the judge's first reason:
  /// the one wording of a disagreement, in the scorecard and where the debrief asks which
  /// stands.
  public static func readings(own: Verdict, scorecard: Scorecard) -> String {
    let reason = scorecard.interpretation.reasons.first.map { " (\($0))" } ?? ""
    return
      "You read the reply as a \(own.rawValue); the judge reads a \(scorecard.verdict.rawValue)"
      + reason
  }

  /// Judges again every debrief the journal holds for it (after the v5 migration).
  ///
  /// - Returns: how many were judged.
  @discardableResult
  public func rejudgeWaiting(in journal: JournalStore) throws(JournalError) -> Int {
    try journal.rejudge { meeting, answers, steps in
      rejudged(meeting, answers: answers, steps: steps)
    }
  }

  /// Judges a stored debrief again from its answers (the v5 upgrade).
  ///
  /// Both verdicts, advancement and counts, and its steps' owners and costs are recomputed;
  /// the steps keep their ids, statuses and dates.
  public func rejudged(
    _ meeting: Meeting, answers: [String: String], steps: [Commitment]
  ) -> (Meeting, [Commitment]) {
    let judgedSteps = steps.map { step -> Commitment in
      var step = step
      let reading = self.steps.read(step.what)
      step.owner = reading.owner
      step.person = reading.owner == .them ? (reading.person ?? step.person) : nil
      step.currency = reading.costs.max()
      return step
    }
    let card = scorecard(
      answers, steps: judgedSteps.map(\.nextStep), yoursStands: Self.yoursStands(answers))
    var judged = Self.finished(meeting, answers: answers, scorecard: card)
    judged.updatedAt = meeting.updatedAt
    return (judged, judgedSteps)
  }
}
