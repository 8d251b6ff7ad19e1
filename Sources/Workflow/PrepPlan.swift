import Foundation
import Journal
import Vocabulary

/// What a prep planned, as the debrief that follows it uses it: the ask to compare against,
/// the fallback, the most important unknown, the planned questions, and what a yes, a hedge
/// and a no were expected to sound like.
///
/// The names are the debrief script's `given:` values (`prep_ask`, …); the planned ask is also
/// the default answer of the debrief's `planned`.
public struct PrepPlan: Sendable, Hashable {
  /// The prep meeting.
  public var meeting: Meeting
  /// The prep's answers by question id.
  public var answers: [String: String]

  /// Reads a finished prep.
  public init(meeting: Meeting, answers: [String: String]) {
    self.meeting = meeting
    self.answers = answers
  }

  /// The latest finished prep of a lead, if any.
  public static func latest(lead: String, in journal: JournalStore) throws(JournalError)
    -> PrepPlan?
  {
    guard let prep = try journal.lastFinishedMeeting(lead: lead, kind: .prep) else { return nil }
    let answers = try journal.answers(meeting: prep.id)
    return PrepPlan(
      meeting: prep,
      answers: Dictionary(answers.map { ($0.questionId, $0.value) }) { _, last in last })
  }

  private func text(_ id: String) -> String? {
    guard let value = answers[id]?.trimmingCharacters(in: .whitespacesAndNewlines),
      !value.isEmpty
    else { return nil }
    return value
  }

  /// The ask the founder planned.
  public var ask: String? { text("ask") ?? (meeting.plannedAsk.isEmpty ? nil : meeting.plannedAsk) }
  /// The smaller step that would still count.
  public var fallback: String? { text("fallback") }
  /// The one thing the founder most needed to find out.
  public var unknown: String? { text("unknown") }
  /// The planned questions, one per line.
  public var questions: [String] {
    (text("questions") ?? "").split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
  /// What a yes, a hedge and a no were expected to sound like.
  public var expected: (yes: String?, hedge: String?, no: String?) {
    (text("yes_sounds"), text("hedge_sounds"), text("no_sounds"))
  }

  /// The debrief script's `given:` values.
  public var given: [String: String] {
    var values: [String: String] = [:]
    values["prep_ask"] = ask
    values["prep_fallback"] = fallback
    values["prep_unknown"] = unknown
    let numbered = questions.enumerated().map { "\($0.offset + 1). \($0.element)" }
    values["prep_questions"] = numbered.isEmpty ? nil : numbered.joined(separator: "\n")
    values["prep_yes"] = expected.yes
    values["prep_hedge"] = expected.hedge
    values["prep_no"] = expected.no
    return values
  }

  /// The debrief's defaults: the planned ask for `planned`.
  public var defaults: [String: String] {
    ask.map { ["planned": $0] } ?? [:]
  }
}
