/// Where a lead stands in the founder's pipeline, from added to won, lost or parked.
///
/// Not the prep's `Stage`, which sizes one ask: a lead may be `piloting` while the next meeting
/// is still a `follow-up`.
public enum LeadStage: String, Sendable, Hashable, Codable, CaseIterable {
  /// Added, not met yet.
  case new
  /// Met at least once; nothing is being tried yet.
  case met
  /// Trying it: a pilot, a trial, a test on their own data.
  case piloting
  /// A customer: they pay, or have signed to.
  case won
  /// They said no, or the lead is dead.
  case lost
  /// On hold: not now, worth coming back to later.
  case parked

  /// Reads a stage as a founder writes it: the case names, and `pilot`, `trial`, `customer`,
  /// `paying`, `closed-won`, `dead`, `closed-lost`, `no`, `paused`, `later`, `on hold`.
  ///
  /// Case, extra spaces, and `_` or `-` in place of a space do not matter.
  ///
  /// - Parameter text: The word or words.
  public init?(reading text: String) {
    var word = ""
    for character in text.lowercased() {
      word.append(character == "_" || character == "-" ? " " : character)
    }
    switch word.split(separator: " ").joined(separator: " ") {
    case "new": self = .new
    case "met": self = .met
    case "piloting", "pilot", "trial", "trialing", "trialling": self = .piloting
    case "won", "customer", "paying", "closed won", "signed": self = .won
    case "lost", "dead", "closed lost", "no", "rejected": self = .lost
    case "parked", "paused", "later", "on hold", "hold": self = .parked
    default: return nil
    }
  }

  /// Whether the lead is done with for now: won, lost and parked leads leave the to-act list.
  public var isClosed: Bool {
    switch self {
    case .new, .met, .piloting: false
    case .won, .lost, .parked: true
    }
  }

  /// What the stage means, in one line for help text and `advance lead`.
  public var summary: String {
    switch self {
    case .new: "added, not met yet"
    case .met: "met at least once, nothing being tried yet"
    case .piloting: "trying it: a pilot, a trial, a test on their data"
    case .won: "a customer: paying, or signed to"
    case .lost: "said no, or gone for good"
    case .parked: "on hold: not now, worth coming back to"
    }
  }
}
