/// A trap found in a planned learning question, with a hint to rewrite it.
public struct QuestionFlag: Sendable, Hashable, Codable {
  /// The kinds of trap.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// About an imagined future ("would you...").
    case hypothetical
    /// Fishing for praise ("do you like...").
    case complimentFishing = "compliment-fishing"
    /// Suggesting its own answer ("don't you think...").
    case leading
    /// Selling instead of asking ("our app...").
    case pitching
    /// Too broad to answer with a story ("any pain points?").
    case generic
  }

  /// The kind of trap.
  public var kind: Kind
  /// The words that gave it away.
  public var text: String
  /// How to rewrite it.
  public var hint: String

  /// Creates a flag.
  public init(kind: Kind, text: String, hint: String) {
    self.kind = kind
    self.text = text
    self.hint = hint
  }
}
