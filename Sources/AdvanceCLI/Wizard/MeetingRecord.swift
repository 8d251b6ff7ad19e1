import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary

/// Turns a finished wizard's answers into what the journal keeps of the meeting: the plan, the
/// reply and its reading, and the promised next step with its date.
///
/// The answer ids are those DESIGN.md fixes for `debrief` (`planned`, `asked`, `reply`,
/// `next_step`, `next_step_date`) plus `verdict` and `currencies`, and `ask` for `prep`.
enum MeetingRecord {
  /// The debrief's scorecard, from its notes, reply and next step.
  static func scorecard(answers: [String: String], scorer: MeetingScorer) -> Scorecard {
    scorer.score(
      notes: answers["notes"] ?? "", reply: answers["reply"], nextStep: answers["next_step"],
      nextStepDate: answers["next_step_date"], planned: answers["planned"])
  }

  /// The meeting with the answers (and the scorecard, for a debrief) applied, its status done.
  ///
  /// The scorecard's reading of the reply is what the journal keeps as the verdict; the
  /// founder's own reading is kept with the answers.
  static func finished(
    _ meeting: Meeting, answers: [String: String], scorecard: Scorecard? = nil
  ) -> Meeting {
    var meeting = meeting
    meeting.status = .done
    if let ask = answers["ask"] ?? answers["planned"] { meeting.plannedAsk = ask }
    if let reply = answers["reply"] { meeting.reply = reply }
    if let verdict = answers["verdict"].flatMap(Verdict.init(rawValue:)) {
      meeting.verdict = verdict
      meeting.currencies = verdict == .commitment ? currencies(answers["currencies"]) : []
    }
    if let card = scorecard {
      meeting.verdict = card.verdict
      meeting.currencies = card.currencies.sorted()
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

  /// Saves a finished meeting: its answers applied (and scorecard, for a debrief), and the
  /// next step it promised as a commitment.
  static func store(
    _ meeting: Meeting, answers: [String: String], scorecard: Scorecard?, in journal: Journal
  ) throws(JournalError) {
    let done = try journal.updateMeeting(finished(meeting, answers: answers, scorecard: scorecard))
    if let step = nextStep(of: done, answers: answers) {
      try journal.addCommitment(step)
    }
  }

  /// The next step promised in a debrief, if one was named.
  static func nextStep(of meeting: Meeting, answers: [String: String]) -> Commitment? {
    guard let what = answers["next_step"]?.trimmingCharacters(in: .whitespacesAndNewlines),
      !what.isEmpty
    else { return nil }
    let owner = owner(of: what)
    return Commitment(
      leadId: meeting.leadId, meetingId: meeting.id, promisedBy: owner, what: what,
      currency: owner == .them ? meeting.currencies.max() : nil,
      due: answers["next_step_date"].flatMap(DueDate.init), owner: owner)
  }

  /// Who owns a step written in the founder's words: "I send…", "we…" is us; else them.
  static func owner(of step: String) -> Party {
    let first = step.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).first
    switch first.map(String.init) {
    case "i", "we", "me", "us", "our", "my", "i'll", "we'll", "i'm", "we're": return .us
    default: return .them
    }
  }

  /// A line for when the founder read the reply differently from the scorecard, else nil.
  static func disagreement(answers: [String: String], scorecard: Scorecard) -> String? {
    guard let own = answers["verdict"], own != scorecard.verdict.rawValue else { return nil }
    let reason = scorecard.interpretation.reasons.first.map { " (\($0))" } ?? ""
    return "You read the reply as a \(own); it reads as a \(scorecard.verdict.rawValue)\(reason)."
  }

  static func currencies(_ stored: String?) -> [Currency] {
    (stored ?? "").split(separator: ",").compactMap {
      Currency(rawValue: $0.trimmingCharacters(in: .whitespaces))
    }.sorted()
  }
}
