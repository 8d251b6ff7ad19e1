/// How a reply reads: they gave something up, stalled, or said no.
public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
  /// They gave up time, reputation or money, concretely.
  case commitment
  /// Compliments, vague interest, stalling, hypothetical or conditional promises.
  case hedge
  /// A clear no.
  case rejection
}
