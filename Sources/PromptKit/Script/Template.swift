/// Text with `{id}` placeholders that are replaced by earlier answers when shown.
///
/// `{{` and `}}` stand for literal braces. A `{` not followed by an id and `}` is kept as written.
/// `{id?}` is a placeholder whose line is left out when the answer is empty, for what only some
/// runs ask (a question behind a `when:`).
public struct Template: Sendable, Hashable, Codable {
  /// A piece of a template.
  public enum Part: Sendable, Hashable, Codable {
    /// Literal text.
    case text(String)
    /// A placeholder, with the 0-based column of its id in the source.
    case answer(String, offset: Int)
    /// A placeholder whose whole line is left out when its answer is empty (`{id?}`).
    case lineIfAnswered(String, offset: Int)
  }

  /// The template as written.
  public let source: String
  /// The parsed pieces.
  public let parts: [Part]

  /// A template whose parts are already known: what the build writes for the bundled scripts,
  /// where `parts` is what `init(_:)` makes of `source`.
  public init(source: String, parts: [Part]) {
    self.source = source
    self.parts = parts
  }

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
        if chars[close - 1] == "?" {
          parts.append(.lineIfAnswered(String(chars[(index + 1)..<(close - 1)]), offset: index + 1))
        } else {
          parts.append(.answer(String(chars[(index + 1)..<close]), offset: index + 1))
        }
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
      switch part {
      case .answer(let id, let offset), .lineIfAnswered(let id, let offset): (id, offset)
      case .text: nil
      }
    }
  }

  /// Fills the placeholders.
  ///
  /// A multi-line answer placed after only spaces on its line keeps that indentation on every
  /// line, so notes line up under a heading. A line of the template holding a `{id?}` whose
  /// answer is empty is left out, with its line break.
  ///
  /// - Parameters:
  ///   - values: Display text by question id.
  ///   - missing: What to show for a question with no answer.
  /// - Returns: The text with every placeholder replaced.
  public func render(_ values: [String: String], missing: String = "—") -> String {
    // The template's lines kept so far; `line` is the one being filled, which may already hold
    // several lines of a multi-line answer.
    var kept: [String] = []
    var line = ""
    var dropsLine = false
    func answer(_ id: String) -> String? {
      values[id].flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    }
    for part in parts {
      switch part {
      case .text(let text):
        let pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
        line += pieces.first ?? ""
        for piece in pieces.dropFirst() {
          if !dropsLine { kept.append(line) }
          line = String(piece)
          dropsLine = false
        }
      case .answer(let id, _):
        line += answer(id).map { Self.placed($0, after: line) } ?? missing
      case .lineIfAnswered(let id, _):
        guard let value = answer(id) else {
          dropsLine = true
          continue
        }
        line += Self.placed(value, after: line)
      }
    }
    if !dropsLine { kept.append(line) }
    return kept.joined(separator: "\n")
  }

  /// An answer as placed after `text`: a multi-line answer after only spaces on its line takes
  /// that indentation on every line.
  private static func placed(_ value: String, after text: String) -> String {
    let lineStart = text.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    let prefix = text[lineStart...]
    guard value.contains("\n"), prefix.allSatisfy({ $0 == " " || $0 == "\t" }) else {
      return value
    }
    return value.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n" + prefix)
  }

  private static func placeholderEnd(_ chars: [Character], from start: Int) -> Int? {
    var index = start
    guard index < chars.count, chars[index].isLetter || chars[index] == "_" else { return nil }
    while index < chars.count,
      chars[index].isLetter || chars[index].isNumber || chars[index] == "_" || chars[index] == "-"
    {
      index += 1
    }
    // `{id?}`: the mark is part of the placeholder, which ends at the brace.
    if index + 1 < chars.count, chars[index] == "?", chars[index + 1] == "}" { return index + 1 }
    return index < chars.count && chars[index] == "}" ? index : nil
  }
}
