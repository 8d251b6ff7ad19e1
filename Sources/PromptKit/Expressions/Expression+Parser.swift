extension Expression {
  /// Parses a `when:` expression.
  ///
  /// Grammar, loosest first: `or`, `and`, `not`, a comparison (`==`, `!=`, `<`, `>`, `<=`, `>=`,
  /// `in [..]`, `not in [..]`), then a primary (an answer id, a quoted string, a number,
  /// `empty(id)`, or a parenthesised expression).
  ///
  /// - Parameter text: The expression as written.
  /// - Returns: The expression tree.
  /// - Throws: ``ExpressionError`` with the 0-based column of the first problem.
  public static func parse(_ text: String) throws(ExpressionError) -> Expression {
    var parser = Parser(tokens: try tokenize(text))
    if case .end = parser.peek.kind {
      throw ExpressionError("the condition is empty", at: 0)
    }
    let expression = try parser.parseOr()
    guard case .end = parser.peek.kind else {
      throw ExpressionError(
        "expected 'and', 'or' or the end, found \(parser.peek.describe)", at: parser.peek.offset)
    }
    return expression
  }

  private struct Parser {
    let tokens: [Token]
    var position = 0
    // Bounded so a hostile condition of a thousand '(' or 'not' cannot exhaust the stack.
    var depth = 0
    static let maxDepth = 32

    var peek: Token { tokens[min(position, tokens.count - 1)] }

    mutating func advance() -> Token {
      let token = peek
      position += 1
      return token
    }

    func isKeyword(_ word: String) -> Bool {
      if case .identifier(let name) = peek.kind { return name == word }
      return false
    }

    func isSymbol(_ symbol: String) -> Bool {
      if case .symbol(let found) = peek.kind { return found == symbol }
      return false
    }

    mutating func expect(_ symbol: String, _ message: String) throws(ExpressionError) {
      guard isSymbol(symbol) else {
        throw ExpressionError(message + ", found \(peek.describe)", at: peek.offset)
      }
      position += 1
    }

    mutating func nested<T>(_ body: (inout Parser) throws(ExpressionError) -> T)
      throws(ExpressionError) -> T
    {
      depth += 1
      defer { depth -= 1 }
      guard depth <= Self.maxDepth else {
        throw ExpressionError("the condition is nested too deeply", at: peek.offset)
      }
      return try body(&self)
    }

    mutating func parseOr() throws(ExpressionError) -> Expression {
      var lhs = try parseAnd()
      while isKeyword("or") {
        position += 1
        lhs = .or(lhs, try parseAnd())
      }
      return lhs
    }

    mutating func parseAnd() throws(ExpressionError) -> Expression {
      var lhs = try parseNot()
      while isKeyword("and") {
        position += 1
        lhs = .and(lhs, try parseNot())
      }
      return lhs
    }

    mutating func parseNot() throws(ExpressionError) -> Expression {
      if isKeyword("not") {
        position += 1
        return .not(
          try nested { (parser: inout Parser) throws(ExpressionError) in try parser.parseNot() })
      }
      return try parseComparison()
    }

    mutating func parseComparison() throws(ExpressionError) -> Expression {
      let lhs = try parsePrimary()
      if case .symbol(let symbol) = peek.kind, let op = Operator(rawValue: symbol) {
        position += 1
        return .compare(op, lhs, try parsePrimary())
      }
      var negated = false
      if isKeyword("not") {
        negated = true
        position += 1
        guard isKeyword("in") else {
          throw ExpressionError(
            "expected 'in' after 'not', found \(peek.describe)", at: peek.offset)
        }
      }
      if isKeyword("in") {
        position += 1
        return .member(lhs, try parseList(), negated: negated)
      }
      return lhs
    }

    mutating func parseList() throws(ExpressionError) -> [Expression] {
      try expect("[", "expected '[' to start a list")
      var items: [Expression] = []
      if isSymbol("]") {
        position += 1
        return items
      }
      while true {
        let token = advance()
        switch token.kind {
        case .string(let value): items.append(.string(value))
        case .number(let value): items.append(.number(value))
        default:
          throw ExpressionError(
            "expected a quoted string or a number in the list, found \(token.describe)",
            at: token.offset)
        }
        if isSymbol(",") {
          position += 1
          continue
        }
        try expect("]", "expected ',' or ']'")
        return items
      }
    }

    mutating func parsePrimary() throws(ExpressionError) -> Expression {
      let token = advance()
      switch token.kind {
      case .string(let value):
        return .string(value)
      case .number(let value):
        return .number(value)
      case .symbol("("):
        let inner = try nested { (parser: inout Parser) throws(ExpressionError) in
          try parser.parseOr()
        }
        try expect(")", "expected ')'")
        return inner
      case .identifier(let name) where ["and", "or", "not", "in"].contains(name):
        throw ExpressionError(
          "expected a question id or a value, found '\(name)'", at: token.offset)
      case .identifier("empty") where isSymbol("("):
        position += 1
        let argument = advance()
        guard case .identifier(let id) = argument.kind else {
          throw ExpressionError(
            "empty() takes a question id, found \(argument.describe)", at: argument.offset)
        }
        try expect(")", "expected ')' after the question id")
        return .empty(id, offset: argument.offset)
      case .identifier(let name):
        return .answer(name, offset: token.offset)
      case .symbol, .end:
        throw ExpressionError(
          "expected a question id or a value, found \(token.describe)", at: token.offset)
      }
    }
  }
}

extension Expression.Token {
  var describe: String {
    switch kind {
    case .identifier(let name): return "'\(name)'"
    case .string: return "a string"
    case .number: return "a number"
    case .symbol(let symbol): return "'\(symbol)'"
    case .end: return "the end"
    }
  }
}
