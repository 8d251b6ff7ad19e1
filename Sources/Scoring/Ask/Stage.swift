/// How far along the founder is, which decides the right size of an ask.
public enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
  /// Still learning: ask for time or an intro.
  case early
  /// Validating or selling: ask for a pilot, an LOI, a pre-order.
  case later
}
