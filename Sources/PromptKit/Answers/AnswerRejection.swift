/// Why an answer was refused: one line that says what to type instead.
///
/// Reasons never repeat the founder's answer, which may be private.
public struct AnswerRejection: Error, Sendable, Hashable {
  /// The one-line reason.
  public var reason: String

  /// Creates a rejection.
  public init(_ reason: String) {
    self.reason = reason
  }
}
