/// A speaker's name at the start of a line: `Dana Reyes: `, or a WebVTT voice tag
/// `<v Dana Reyes>`.
enum SpeakerLabel {
  /// The most characters a name may have.
  static let maxLength = 40
  /// The most words a name may have.
  static let maxWords = 4

  /// Words that head a line of notes, not a speaker, before a colon.
  private static let notNames: Set<String> = [
    "note", "notes", "summary", "agenda", "subject", "date", "time", "attendees",
    "participants", "transcript", "recording", "action items", "next steps", "re", "fwd",
    "ps", "p.s", "nb", "fyi", "update", "meeting", "call", "title", "location", "duration",
  ]

  /// A `Name: ` prefix: one to four words, each capitalised (or a lower-case particle such
  /// as `de`, `van`), then a colon and a space or the end of the line.
  ///
  /// - Returns: The name and the text after the colon, or nil when the line has no label.
  static func prefix(of line: Substring) -> (name: String, rest: Substring)? {
    guard let colon = line.prefix(maxLength + 1).firstIndex(of: ":") else { return nil }
    let name = line[..<colon]
    let after = line[line.index(after: colon)...]
    guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
    guard isName(name) else { return nil }
    return (String(name), after.drop { $0 == " " || $0 == "\t" })
  }

  /// Whether `text` reads as a person's name.
  static func isName(_ text: Substring) -> Bool {
    guard !text.isEmpty, text.count <= maxLength, text.first?.isWhitespace == false,
      text.last?.isWhitespace == false
    else { return false }
    let words = text.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count <= maxWords, !words.contains(where: \.isEmpty) else { return false }
    guard !notNames.contains(text.lowercased()) else { return false }
    var capitalised = 0
    for word in words {
      guard
        word.allSatisfy({
          $0.isLetter || $0 == "." || $0 == "'" || $0 == "\u{2019}" || $0 == "-" || $0 == "("
            || $0 == ")"
        })
      else { return false }
      if word.first?.isUppercase == true {
        capitalised += 1
      } else if !particles.contains(word.lowercased()) {
        return false
      }
    }
    return capitalised > 0
  }

  private static let particles: Set<String> = [
    "de", "da", "del", "der", "van", "von", "la", "le", "di", "du", "bin", "al", "el", "y",
  ]

  /// A voice tag at the start of a cue's text: `<v Dana Reyes>` or `<v.loud Dana>`.
  ///
  /// - Returns: The name and the text after the tag, or nil when the text has none.
  static func voice(of text: Substring) -> (name: String, rest: Substring)? {
    guard text.hasPrefix("<v"), let close = text.firstIndex(of: ">") else { return nil }
    var inside = text[text.index(text.startIndex, offsetBy: 2)..<close]
    guard let first = inside.first, first == " " || first == "." || first == "\t" else {
      return nil
    }
    if first == "." {
      // Classes: `<v.first.loud Dana>`.
      inside = inside.drop { $0 != " " && $0 != "\t" }
    }
    let name = inside.trimmingSpaces
    guard !name.isEmpty, name.count <= 80 else { return nil }
    return (String(name), text[text.index(after: close)...])
  }

  /// A cue's text without markup: tags such as `<v Dana>`, `</v>`, `<i>` and `<00:00:01.000>`
  /// go, and the entities `&amp;`, `&lt;`, `&gt;`, `&nbsp;` are read.
  static func plainText(_ text: Substring) -> String {
    // Most cues hold no markup at all.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") })
    else { return String(text) }
    var result = ""
    var inTag = false
    for character in text {
      if inTag {
        if character == ">" { inTag = false }
      } else if character == "<" {
        inTag = true
      } else {
        result.append(character)
      }
    }
    guard result.contains("&") else { return result }
    return
      result
      .replacingAll("&amp;", with: "&").replacingAll("&lt;", with: "<")
      .replacingAll("&gt;", with: ">").replacingAll("&nbsp;", with: " ")
  }
}

extension Substring {
  /// Whether the line holds nothing but spaces and tabs (read on the bytes: it is asked of
  /// every line).
  var isBlank: Bool {
    utf8.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  /// Where `-->` is, found on the bytes.
  var arrow: Range<Substring.Index>? {
    let bytes = utf8
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == UInt8(ascii: "-") {
        let second = bytes.index(after: index)
        if second < bytes.endIndex, bytes[second] == UInt8(ascii: "-") {
          let third = bytes.index(after: second)
          if third < bytes.endIndex, bytes[third] == UInt8(ascii: ">") {
            return index..<bytes.index(after: third)
          }
        }
      }
      index = bytes.index(after: index)
    }
    return nil
  }

  /// Without spaces and tabs at either end.
  var trimmingSpaces: Substring {
    let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
    let end = self[start...].lastIndex { $0 != " " && $0 != "\t" }.map { index(after: $0) }
    return self[start..<(end ?? start)]
  }
}

extension String {
  /// Replaces every occurrence of `target` (no Foundation).
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
