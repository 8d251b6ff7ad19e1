/// Where the founder's start-up is in a scene, which decides what a right-sized ask is.
public enum Stage: String, CaseIterable, Sendable, Codable {
  /// Still learning: a follow-up meeting or an introduction is the right size.
  case early
  /// Testing the solution: a trial on real data, a pilot.
  case validating
  /// Selling: a letter of intent, a pre-order, a deposit, a paid pilot.
  case selling
}
