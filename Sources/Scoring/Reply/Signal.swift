/// A concrete detail found in a reply: a date, a person, an amount, an introduction...
public struct Signal: Sendable, Hashable, Codable {
  /// The kind: `date`, `time`, `person`, `role`, `amount`, `document`, `meeting`, `introduction`,
  /// `trial`, `deposit`, `endorsement`.
  public var kind: String
  /// The words of the reply it was read from.
  public var text: String

  /// Creates a signal.
  public init(kind: String, text: String) {
    self.kind = kind
    self.text = text
  }
}
