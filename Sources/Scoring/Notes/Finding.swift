/// A line of debrief notes, sorted by what it is worth as evidence.
public struct Finding: Sendable, Hashable, Codable {
  /// What a sentence is.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nice words about the idea.
    case compliment
    /// Generic or future talk: "usually", "always", "we will".
    case fluff
    /// An imagined future: "if you built it we'd buy".
    case hypothetical
    /// A feature request or an idea.
    case idea
    /// A past or present specific: numbers, money or time spent, a workaround built.
    case fact
    /// A concrete next step they agreed to, with a date or a person.
    case commitment
  }

  /// What the line is.
  public var kind: Kind
  /// The line as written, without its bullet.
  public var text: String

  /// Creates a finding.
  public init(kind: Kind, text: String) {
    self.kind = kind
    self.text = text
  }
}
