/// The four kinds of ask a persona answers differently; each persona has a reply for each.
public enum AskQuality: String, CaseIterable, Sendable, Codable {
  /// Nothing concrete to say yes or no to ("let me know what you think").
  case vague
  /// Concrete, but bigger than the stage or the person can carry.
  case oversized
  /// A real thing to give, but missing a date, a person, or a way to say no.
  case undated
  /// Concrete, right-sized, dated, with a real chance to say no.
  case crisp
}
