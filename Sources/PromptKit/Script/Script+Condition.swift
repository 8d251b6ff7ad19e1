extension Script {
  /// A parsed `when:` condition, with its text for display.
  public struct Condition: Sendable, Hashable {
    /// The condition as written.
    public var source: String
    /// The parsed expression.
    public var expression: Expression

    /// Creates a condition.
    public init(source: String, expression: Expression) {
      self.source = source
      self.expression = expression
    }

    /// Parses a condition.
    ///
    /// - Throws: ``ExpressionError`` at the first problem.
    public init(_ source: String) throws(ExpressionError) {
      self.init(source: source, expression: try Expression.parse(source))
    }
  }
}
