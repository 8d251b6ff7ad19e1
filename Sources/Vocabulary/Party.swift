import Foundation

/// The two sides of a customer meeting: who owns a next step.
public enum Party: String, Sendable, Hashable, Codable, CaseIterable {
  /// The founder and their team.
  case us
  /// The prospect and anyone on their side.
  case them

  /// Reads `us`/`them` and the words founders use for them (`me`, `we`, `prospect`, `they`…).
  public init?(reading text: String) {
    switch text.trimmingCharacters(in: .whitespaces).lowercased() {
    case "us", "we", "me", "i", "mine", "ours", "founder": self = .us
    case "them", "they", "prospect", "customer", "client", "theirs": self = .them
    default: return nil
    }
  }
}
