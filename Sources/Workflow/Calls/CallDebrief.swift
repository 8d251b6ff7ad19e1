import Calls
import Scoring
import Vocabulary

/// A debrief's answers proposed from a call, each with the evidence to check it by: the
/// debrief wizard offers them as defaults (Return keeps), and the founder's corrections win.
///
/// Only what the call shows is proposed: what was asked and answered, the reading of the
/// answer, the prospect's telling sentences as notes, the planned questions that were asked,
/// and the next steps. How it compares with the plan stays the founder's call.
public struct CallDebrief: Sendable, Hashable {
  /// The proposed answers by debrief question id.
  public var answers: [String: String]
  /// One line of evidence by question id: where in the call it was heard.
  public var evidence: [String: String]
  /// The transcript's format, for the record.
  public var format: TranscriptFormat

  /// The most note lines proposed: the telling ones, not the whole call.
  public static let noteLines = 12

  /// Proposes a debrief from a call's reading.
  ///
  /// - Parameters:
  ///   - reading: The call, read.
  ///   - plannedQuestions: The prep's questions, numbered from 1 as the debrief lists them.
  public init(_ reading: CallReading, plannedQuestions: [String] = []) {
    format = reading.format
    var answers: [String: String] = [:]
    var evidence: [String: String] = [:]
    if let ask = reading.ask {
      answers["asked"] = ask.text
      evidence["asked"] =
        "heard at \(ask.place.label); grade \(ask.grade.grade) for the"
        + " \(reading.stage.rawValue) stage"
    } else {
      answers["asked"] = "nothing"
      evidence["asked"] = "no request for a next step was heard in the call"
    }
    if let reply = reading.reply {
      answers["reply"] = reply.text
      evidence["reply"] = "heard at \(reply.place.label)"
      let interpretation = reply.interpretation
      answers["verdict"] = interpretation.verdict.rawValue
      evidence["verdict"] = interpretation.reasons.first.map { "the judge: \($0)" }
      if !interpretation.currencies.isEmpty {
        answers["currencies"] = interpretation.currencies.map(\.rawValue).joined(separator: ", ")
        evidence["currencies"] = "what the reply at \(reply.place.label) gives up"
      }
    }
    let telling: Set<Finding.Kind> = [.fact, .commitment, .idea]
    let signed = Set(reading.signs.map(\.text))
    let notes = reading.notes.filter { telling.contains($0.kind) || signed.contains($0.text) }
      .prefix(Self.noteLines)
    if !notes.isEmpty {
      answers["notes"] = notes.map(\.text).joined(separator: "\n")
      let places = notes.map(\.place.label)
      evidence["notes"] =
        "\(notes.count) of the prospect's sentences (facts, commitments, ideas, signs),"
        + " from \(places.first ?? "") to \(places.last ?? "")"
    }
    if !plannedQuestions.isEmpty {
      let asked = reading.planned.enumerated().filter { $0.element.askedAt != nil }
      answers["questions_answered"] =
        asked.count == plannedQuestions.count
        ? "all" : asked.isEmpty ? "none" : asked.map { "\($0.offset + 1)" }.joined(separator: ", ")
      evidence["questions_answered"] =
        asked.isEmpty
        ? "none of the planned questions was heard"
        : "asked at " + asked.compactMap { $0.element.askedAt?.label }.joined(separator: ", ")
    }
    if !reading.nextSteps.isEmpty {
      answers["next_steps"] = reading.nextSteps.map {
        StepLine.line(NextStep(what: $0.what, owner: $0.owner, due: $0.due))
      }.joined(separator: "\n")
      evidence["next_steps"] =
        "said at " + reading.nextSteps.map(\.place.label).joined(separator: ", ")
    }
    self.answers = answers
    self.evidence = evidence
  }

  /// The ids whose final answer is still the one the call proposed.
  public func keptFromCall(_ final: [String: String]) -> [String] {
    answers.keys.filter { final[$0] == answers[$0] }.sorted()
  }

  /// The stage to grade the ask for: the prep's, else the lead's, else a first conversation.
  public static func stage(prep: PrepPlan?, lead: LeadStage?) -> Stage {
    if let answer = prep?.answers["stage"], let stage = Stage(reading: answer) { return stage }
    switch lead {
    case .met?: return .followUp
    case .piloting?, .won?: return .closing
    default: return .first
    }
  }
}
