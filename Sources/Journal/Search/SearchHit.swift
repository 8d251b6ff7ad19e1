import Vocabulary

/// One place `search` found the words.
public struct SearchHit: Hashable, Sendable {
  /// What kind of text it is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A debrief's notes.
    case note
    /// What the prospect said to the ask.
    case reply
    /// What the founder asked for in the meeting.
    case ask
    /// The ask a prep planned.
    case plannedAsk = "planned-ask"
    /// A next step.
    case step

    /// The kind of an answer by its question id.
    init?(questionId: String) {
      switch questionId {
      case "notes": self = .note
      case "reply": self = .reply
      case "asked": self = .ask
      case "ask": self = .plannedAsk
      default: return nil
      }
    }
  }

  /// The marks around each match in ``snippet``.
  public static let matchStart: Character = "\u{2}"
  public static let matchEnd: Character = "\u{3}"

  public var kind: Kind
  /// The lead's name, company and stage now.
  public var leadName: String
  public var leadCompany: String
  public var leadStage: LeadStage
  /// The meeting's day (for a step, the day of the meeting that made it).
  public var day: JournalDay
  /// The meeting the text belongs to (a step's, when it came from a debrief).
  public var meetingId: String?
  /// The step's id, for a step.
  public var stepId: String?
  /// A few words around the match, each match between ``matchStart`` and ``matchEnd``.
  public var snippet: String
}
