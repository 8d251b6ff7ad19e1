import Vocabulary

/// How a reply is read: the verdict, and for a commitment, what it costs the prospect.
///
/// Used for the founder's reading, a card's label and the interpreter's verdict alike, so they
/// compare directly.
public struct Reading: Equatable, Hashable, Sendable, Codable {
  public var verdict: Verdict
  /// Empty unless the verdict is a commitment.
  public var currencies: Set<Currency>

  public init(_ verdict: Verdict, currencies: Set<Currency> = []) {
    self.verdict = verdict
    self.currencies = verdict == .commitment ? currencies : []
  }

  /// "commitment (time, money)", "hedge".
  public var summary: String {
    guard verdict == .commitment, !currencies.isEmpty else { return verdict.rawValue }
    return verdict.rawValue + " (" + currencies.sorted().map(\.rawValue).joined(separator: ", ")
      + ")"
  }
}
