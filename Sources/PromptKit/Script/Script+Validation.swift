extension Script {
  /// Length and pattern rules for text and notes answers.
  public struct Validation: Sendable, Hashable {
    /// The fewest characters accepted.
    public var minLength: Int?
    /// The most characters accepted.
    public var maxLength: Int?
    /// A regular expression the whole answer must match.
    public var pattern: String?
    /// What to say when the pattern does not match.
    public var patternMessage: String?
    /// The smallest number accepted (number and money).
    public var min: Double?
    /// The largest number accepted (number and money).
    public var max: Double?

    /// Creates rules.
    public init(
      minLength: Int? = nil, maxLength: Int? = nil, pattern: String? = nil,
      patternMessage: String? = nil, min: Double? = nil, max: Double? = nil
    ) {
      self.minLength = minLength
      self.maxLength = maxLength
      self.pattern = pattern
      self.patternMessage = patternMessage
      self.min = min
      self.max = max
    }
  }
}
