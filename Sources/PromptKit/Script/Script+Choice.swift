extension Script {
  /// An option of a choice question.
  public struct Choice: Sendable, Hashable, Codable {
    /// What is stored, and what may be typed.
    public var key: String
    /// What is shown.
    public var label: String

    /// Creates an option.
    public init(key: String, label: String) {
      self.key = key
      self.label = label
    }
  }
}
