/// Text with `{id}` placeholders that are replaced by earlier answers when shown.
///
/// `{{` and `}}` stand for literal braces. A `{` not followed by an id and `}` is kept as written.
public struct Template: Sendable, Hashable, Codable {
  /// A piece of a template.
  public enum Part: Sendable, Hashable, Codable {
    /// Literal text.
    case text(String)
    /// A placeholder, with the 0-based column of its id in the source.
    case answer(String, offset: Int)
  }

  /// The template as written.
  public let source: String
  /// The parsed pieces.
  public let parts: [Part]

  /// Parses a template.
  ///
  /// - Parameter source: The text as written.
  public init(_ source: String) {
    self.source = source
    var parts: [Part] = []
    var text = ""
    let chars = Array(source)
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "{", index + 1 < chars.count, chars[index + 1] == "{" {
        text.append("{")
        index += 2
      } else if char == "}", index + 1 < chars.count, chars[index + 1] == "}" {
        text.append("}")
        index += 2
      } else if char == "{", let close = Self.placeholderEnd(chars, from: index + 1) {
        if !text.isEmpty { parts.append(.text(text)) }
        text = ""
        parts.append(.answer(String(chars[(index + 1)..<close]), offset: index + 1))
        index = close + 1
      } else {
        text.append(char)
        index += 1
      }
    }
    if !text.isEmpty { parts.append(.text(text)) }
    self.parts = parts
  }

  /// The ids of the answers the template shows, with their 0-based columns.
  public var references: [(id: String, offset: Int)] {
    parts.compactMap { part in
      if case .answer(let id, let offset) = part { return (id, offset) }
      return nil
    }
  }

  /// Fills the placeholders.
  ///
  /// A multi-line answer placed after only spaces on its line keeps that indentation on every
  /// line, so notes line up under a heading.
  ///
  /// - Parameters:
  ///   - values: Display text by question id.
  ///   - missing: What to show for a question with no answer.
  /// - Returns: The text with every placeholder replaced.
  public func render(_ values: [String: String], missing: String = "—") -> String {
    var output = ""
    for part in parts {
      switch part {
      case .text(let text):
        output += text
      case .answer(let id, _):
        guard let value = values[id], !value.allSatisfy(\.isWhitespace) else {
          output += missing
          continue
        }
        let lineStart =
          output.lastIndex(of: "\n").map { output.index(after: $0) } ?? output.startIndex
        let prefix = output[lineStart...]
        if value.contains("\n"), prefix.allSatisfy({ $0 == " " || $0 == "\t" }) {
          output += value.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\n" + prefix)
        } else {
          output += value
        }
      }
    }
    return output
  }

  private static func placeholderEnd(_ chars: [Character], from start: Int) -> Int? {
    var index = start
    guard index < chars.count, chars[index].isLetter || chars[index] == "_" else { return nil }
    while index < chars.count,
      chars[index].isLetter || chars[index].isNumber || chars[index] == "_" || chars[index] == "-"
    {
      index += 1
    }
    return index < chars.count && chars[index] == "}" ? index : nil
  }
}
