/// A parsed `when:` condition: comparisons of earlier answers with literals, combined with
/// `and`, `or`, `not` and parentheses.
///
/// ```
/// stage == 'early' and not empty(ask)
/// currency in ['money', 'time'] or amount > 1000
/// ```
///
/// Parse with ``Expression/parse(_:)``; evaluate with ``Expression/evaluate(_:)``.
public indirect enum Expression: Sendable, Hashable {
  /// The answer to a question, by id; `offset` is its 0-based column in the source.
  case answer(String, offset: Int)
  /// A quoted string literal.
  case string(String)
  /// A number literal.
  case number(Double)
  /// A comparison.
  case compare(Operator, Expression, Expression)
  /// `x in [...]` (or `x not in [...]` when `negated`).
  case member(Expression, [Expression], negated: Bool)
  /// `empty(x)`: the question was skipped, not asked, or answered with blanks.
  case empty(String, offset: Int)
  /// Both sides hold.
  case and(Expression, Expression)
  /// Either side holds.
  case or(Expression, Expression)
  /// The operand does not hold.
  case not(Expression)

  /// A comparison operator.
  public enum Operator: String, Sendable, Hashable {
    /// Equal (numerically when both sides are numbers, else as text, ignoring case).
    case equal = "=="
    /// Not equal.
    case notEqual = "!="
    /// Less than.
    case less = "<"
    /// Greater than.
    case greater = ">"
    /// Less than or equal.
    case lessOrEqual = "<="
    /// Greater than or equal.
    case greaterOrEqual = ">="
  }

  /// The question ids the expression reads, with their 0-based columns, in source order.
  public var references: [(id: String, offset: Int)] {
    switch self {
    case .answer(let id, let offset), .empty(let id, let offset):
      return [(id, offset)]
    case .string, .number:
      return []
    case .compare(_, let lhs, let rhs), .and(let lhs, let rhs), .or(let lhs, let rhs):
      return lhs.references + rhs.references
    case .member(let value, let list, _):
      return value.references + list.flatMap(\.references)
    case .not(let operand):
      return operand.references
    }
  }
}
