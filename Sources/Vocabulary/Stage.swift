/// How far along the founder is with this prospect, which decides the right size of an ask.
///
/// The cases are the prep wizard's keys, so a prep's answer reads straight into one.
public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
  /// A first conversation, still learning their world: a follow-up, a user test, an intro.
  case first
  /// They know the problem: a trial on their data, their team in a session, a boss met.
  case followUp = "follow-up"
  /// They have seen something and could buy: a pilot, an LOI, a pre-order, a deposit.
  case closing

  /// Reads a stage as people and older files write it: the prep's keys, and `early`, `later`,
  /// `repeat`, `pilot`, `buying`, `validating`, `selling`.
  ///
  /// - Parameter text: The word, in any case.
  public init?(reading text: String) {
    switch text.lowercased() {
    case "first", "early", "discovery", "first-call", "first-meeting": self = .first
    case "follow-up", "followup", "follow up", "repeat", "second", "validating": self = .followUp
    case "closing", "later", "late", "pilot", "buying", "selling", "close": self = .closing
    default: return nil
    }
  }

  /// The stage's position, from 0 for a first conversation.
  public var order: Int {
    switch self {
    case .first: 0
    case .followUp: 1
    case .closing: 2
    }
  }
}
