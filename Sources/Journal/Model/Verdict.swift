import GRDB

/// How a prospect's reply to the ask reads.
public enum Verdict: String, Codable, CaseIterable, Sendable {
  /// They gave up time, reputation or money, concretely.
  case commitment
  /// Compliments, vague interest, stalling, hypothetical or conditional promises.
  case hedge
  /// A clear no.
  case rejection
}

extension Verdict: DatabaseValueConvertible {}
