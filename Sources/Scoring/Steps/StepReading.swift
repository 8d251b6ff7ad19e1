import Vocabulary

/// What the judge makes of one next step as the founder wrote it.
public struct StepReading: Sendable, Hashable, Codable {
  /// The step, trimmed of its bullet.
  public var text: String
  /// Who acts in the sentence.
  public var owner: Party
  /// The person who acts, when the sentence names one.
  public var person: String?
  /// What it costs the prospect, when they own it and it is a concrete commitment.
  public var costs: [Currency]

  /// Creates a reading.
  public init(text: String, owner: Party, person: String?, costs: [Currency]) {
    self.text = text
    self.owner = owner
    self.person = person
    self.costs = owner == .them ? costs : []
  }
}
