extension Expression {
  /// One token of the `when:` language with its 0-based column.
  struct Token: Hashable {
    enum Kind: Hashable {
      case identifier(String)
      case string(String)
      case number(Double)
      case symbol(String)
      case end
    }
    let kind: Kind
    let offset: Int
  }

  /// Splits an expression into tokens.
  ///
  /// - Throws: ``ExpressionError`` at the first character that starts no token.
  static func tokenize(_ text: String) throws(ExpressionError) -> [Token] {
    let chars = Array(text)
    var tokens: [Token] = []
    var index = 0
    while index < chars.count {
      let char = chars[index]
      let start = index
      if char.isWhitespace {
        index += 1
      } else if char.isLetter || char == "_" {
        while index < chars.count,
          chars[index].isLetter || chars[index].isNumber || chars[index] == "_"
            || chars[index] == "-"
        {
          index += 1
        }
        tokens.append(Token(kind: .identifier(String(chars[start..<index])), offset: start))
      } else if char.isNumber
        || (char == "-" && index + 1 < chars.count && chars[index + 1].isNumber)
      {
        index += 1
        while index < chars.count, chars[index].isNumber || chars[index] == "." {
          index += 1
        }
        let literal = String(chars[start..<index])
        guard let value = Double(literal) else {
          throw ExpressionError("'\(literal)' is not a number", at: start)
        }
        tokens.append(Token(kind: .number(value), offset: start))
      } else if char == "'" || char == "\"" {
        index += 1
        var value = ""
        while index < chars.count, chars[index] != char {
          if chars[index] == "\\", index + 1 < chars.count {
            index += 1
          }
          value.append(chars[index])
          index += 1
        }
        guard index < chars.count else {
          throw ExpressionError("this string is never closed", at: start)
        }
        index += 1
        tokens.append(Token(kind: .string(value), offset: start))
      } else {
        let pair = index + 1 < chars.count ? String(chars[index...index + 1]) : ""
        if ["==", "!=", "<=", ">="].contains(pair) {
          tokens.append(Token(kind: .symbol(pair), offset: start))
          index += 2
        } else if "<>()[],".contains(char) {
          tokens.append(Token(kind: .symbol(String(char)), offset: start))
          index += 1
        } else if char == "=" {
          throw ExpressionError("use '==' to compare", at: start)
        } else {
          throw ExpressionError("unexpected character '\(char)'", at: start)
        }
      }
    }
    tokens.append(Token(kind: .end, offset: chars.count))
    return tokens
  }
}
