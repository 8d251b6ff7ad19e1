import Journal
import PromptKit

/// Turns a finished wizard's answers into what the journal keeps of the meeting: the plan, the
/// reply and its reading, and the promised next step with its date.
///
/// The answer ids are those DESIGN.md fixes for `debrief` (`planned`, `asked`, `reply`,
/// `next_step`, `next_step_date`) plus `verdict` and `currencies`, and `ask` for `prep`.
enum MeetingRecord {
  /// The meeting with the answers applied and its status done.
  static func finished(_ meeting: Meeting, answers: [String: String]) -> Meeting {
    var meeting = meeting
    meeting.status = .done
    if let ask = answers["ask"] ?? answers["planned"] { meeting.plannedAsk = ask }
    if let reply = answers["reply"] { meeting.reply = reply }
    if let verdict = answers["verdict"].flatMap(Verdict.init(rawValue:)) {
      meeting.verdict = verdict
      meeting.currencies = verdict == .commitment ? currencies(answers["currencies"]) : []
    }
    if let asked = answers["asked"], asked.lowercased() != "nothing" {
      meeting.askedCurrency = meeting.currencies.max()
    }
    return meeting
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

  static func currencies(_ stored: String?) -> [Currency] {
    (stored ?? "").split(separator: ",").compactMap {
      Currency(rawValue: $0.trimmingCharacters(in: .whitespaces))
    }.sorted()
  }
}
