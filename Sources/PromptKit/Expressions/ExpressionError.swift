/// A syntax error in a `when:` expression, at a 0-based column of the expression text.
public struct ExpressionError: Error, Sendable, Hashable {
  /// The one-line message.
  public var message: String
  /// The 0-based column in the expression text, in characters.
  public var offset: Int

  /// Creates an error.
  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }
}
