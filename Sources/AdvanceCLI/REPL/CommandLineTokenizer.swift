/// Splits a REPL line into words the way a shell would: blanks separate words, single and double
/// quotes group them, and a backslash escapes the next character.
///
/// Unlike a shell, an apostrophe inside a word is a letter: replies and asks are prose, so
/// `interpret I'll forward it` reads "I'll", and `'it's fine'` is one word.
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
    let characters = Array(line)
    for (index, character) in characters.enumerated() {
      let between =
        character == "'" && (current.last?.isLetter ?? false)
        && index + 1 < characters.count && characters[index + 1].isLetter
      if escaped {
        current.append(character)
        escaped = false
        continue
      }
      if let open = quote {
        if character == open && !between {
          quote = nil
        } else if character == "\\" && open == "\"" {
          escaped = true
        } else {
          current.append(character)
        }
        continue
      }
      // "I'll", "we've", "Dana's": an apostrophe after a letter belongs to the word.
      if character == "'", inWord, current.last?.isLetter ?? false {
        current.append(character)
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
