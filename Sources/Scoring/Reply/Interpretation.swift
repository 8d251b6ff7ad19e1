import Vocabulary

/// What a reply amounts to, with the evidence and the reasons; encodes to DESIGN.md's JSON.
public struct Interpretation: Sendable, Hashable, Codable {
  /// The reply as given.
  public var text: String
  /// Commitment, hedge or rejection.
  public var verdict: Verdict
  /// What the commitment costs them, sorted time, reputation, money; empty unless a commitment.
  public var currencies: [Currency]
  /// How strong the evidence of interest is, 0–100.
  public var strength: Int
  /// The concrete details found.
  public var signals: [Signal]
  /// Plain-language reasons, the deciding one first.
  public var reasons: [String]

  /// Creates an interpretation.
  public init(
    text: String, verdict: Verdict, currencies: [Currency], strength: Int, signals: [Signal],
    reasons: [String]
  ) {
    self.text = text
    self.verdict = verdict
    self.currencies = currencies
    self.strength = strength
    self.signals = signals
    self.reasons = reasons
  }
}
