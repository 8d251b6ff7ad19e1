/// What a check says about an answer: how it looks overall, and a few short lines.
public struct CheckFeedback: Sendable, Hashable, Codable {
  /// The overall verdict, which presenters may colour.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    /// The answer does what the step asks.
    case good
    /// Worth a second look.
    case warning
    /// Likely to lead the founder astray.
    case problem
  }

  /// The overall verdict.
  public var level: Level
  /// Short lines of advice, shown in order.
  public var lines: [String]

  /// Creates feedback.
  ///
  /// - Parameters:
  ///   - level: The overall verdict.
  ///   - lines: Short lines of advice.
  public init(_ level: Level, _ lines: [String] = []) {
    self.level = level
    self.lines = lines
  }

  /// Feedback with nothing to show.
  public static let none = CheckFeedback(.good, [])

  /// Whether there is anything to show.
  public var isEmpty: Bool { lines.isEmpty }
}
