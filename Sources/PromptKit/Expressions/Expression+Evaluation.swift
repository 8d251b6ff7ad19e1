import Foundation

extension Expression {
  /// Evaluates the expression against answers.
  ///
  /// Answers are their stored text. An unanswered question reads as the empty string. `==` and
  /// `!=` compare numerically when both sides are numbers, else as text ignoring case; `<` and `>`
  /// compare numbers, or text (so ISO dates order correctly). For a multi-choice answer (keys
  /// joined by `, `), `x in [...]` holds when any chosen key is in the list.
  ///
  /// - Parameter answers: Stored answers by question id.
  /// - Returns: Whether the condition holds.
  public func evaluate(_ answers: [String: String]) -> Bool {
    switch self {
    case .answer, .string, .number:
      return !Self.value(of: self, answers).trimmingCharacters(in: .whitespaces).isEmpty
    case .empty(let id, _):
      return (answers[id] ?? "").allSatisfy(\.isWhitespace)
    case .and(let lhs, let rhs):
      return lhs.evaluate(answers) && rhs.evaluate(answers)
    case .or(let lhs, let rhs):
      return lhs.evaluate(answers) || rhs.evaluate(answers)
    case .not(let operand):
      return !operand.evaluate(answers)
    case .member(let value, let list, let negated):
      let items = Self.value(of: value, answers).split(separator: ",").map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      let found = list.contains { candidate in
        let text = Self.value(of: candidate, answers)
        return items.contains { Self.compare($0, text) == .orderedSame }
      }
      return found != negated
    case .compare(let op, let lhs, let rhs):
      let order = Self.compare(Self.value(of: lhs, answers), Self.value(of: rhs, answers))
      switch op {
      case .equal: return order == .orderedSame
      case .notEqual: return order != .orderedSame
      case .less: return order == .orderedAscending
      case .greater: return order == .orderedDescending
      case .lessOrEqual: return order != .orderedDescending
      case .greaterOrEqual: return order != .orderedAscending
      }
    }
  }

  private static func value(of expression: Expression, _ answers: [String: String]) -> String {
    switch expression {
    case .answer(let id, _): return answers[id] ?? ""
    case .string(let text): return text
    case .number(let number): return AnswerFormat.number(number)
    default: return expression.evaluate(answers) ? "true" : ""
    }
  }

  /// The number in a number or money answer (`1200`, `5000 USD`), if it is one.
  static func numericValue(_ text: String) -> Double? {
    let parts = text.split(separator: " ")
    guard let first = parts.first, parts.count <= 2,
      parts.dropFirst().allSatisfy({ $0.allSatisfy(\.isLetter) }),
      let value = Double(first.replacingOccurrences(of: ",", with: ""))
    else { return nil }
    return value
  }

  private static func compare(_ lhs: String, _ rhs: String) -> ComparisonResult {
    if let left = numericValue(lhs), let right = numericValue(rhs) {
      return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
    }
    return lhs.lowercased() < rhs.lowercased()
      ? .orderedAscending : lhs.lowercased() > rhs.lowercased() ? .orderedDescending : .orderedSame
  }
}
