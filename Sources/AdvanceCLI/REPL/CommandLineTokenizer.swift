/// Splits a REPL line into words the way a shell would: blanks separate words, single and double
/// quotes group them, and a backslash escapes the next character.
public struct CommandLineTokenizer: Sendable {
  /// The outcome of splitting one line.
  public enum Result: Equatable, Sendable {
    /// The line's words.
    case words([String])
    /// A quote is still open: the line continues on the next one.
    case incomplete(quote: Character)
  }

  public init() {}

  /// Splits `line` into words.
  ///
  /// - Parameter line: One line, or several joined by newlines when a quote spans them.
  /// - Returns: The words, or `.incomplete` when a quote was left open.
  public func split(_ line: String) -> Result {
    var words: [String] = []
    var current = ""
    var inWord = false
    var quote: Character?
    var escaped = false
    for character in line {
      if escaped {
        current.append(character)
        escaped = false
        continue
      }
      if let open = quote {
        if character == open {
          quote = nil
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else {
          current.append(character)
        }
        continue
      }
      switch character {
      case "\"", "'":
        quote = character
        inWord = true
      case "\\":
        escaped = true
        inWord = true
      case " ", "\t", "\n", "\r":
        if inWord {
          words.append(current)
          current = ""
          inWord = false
        }
      default:
        current.append(character)
        inWord = true
      }
    }
    if let open = quote {
      return .incomplete(quote: open)
    }
    if inWord {
      words.append(current)
    }
    return .words(words)
  }
}
