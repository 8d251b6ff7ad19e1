/// A sign that the prospect could be a first customer, with the sentence that shows it.
public struct EarlyvangelistSign: Sendable, Hashable, Codable {
  /// The sign: "has the problem", "knows they have it", "is looking for a fix", "has cobbled
  /// together a fix", "has or can get budget", "feels it strongly".
  public var sign: String
  /// The sentence of the notes.
  public var text: String

  /// Creates a sign.
  public init(sign: String, text: String) {
    self.sign = sign
    self.text = text
  }
}
