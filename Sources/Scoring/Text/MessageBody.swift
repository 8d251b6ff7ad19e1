/// The body of a message: an email's or a chat's words without the greeting ("Hi Sam,") and the
/// sign-off and signature ("Best, Priya Shah, Head of Finance"), whose names and titles would
/// otherwise read as people brought in.
enum MessageBody {
  private static let greetings: Set<String> = [
    "hi", "hello", "hey", "dear", "hiya", "morning", "afternoon", "evening", "greetings",
    "good", "yo", "howdy",
  ]
  private static let signOffs: [[String]] = [
    ["best", "regards"], ["kind", "regards"], ["warm", "regards"], ["warmest", "regards"],
    ["many", "thanks"], ["thank", "you"], ["all", "the", "best"], ["talk", "soon"],
    ["best", "wishes"], ["with", "thanks"], ["yours", "sincerely"], ["yours", "faithfully"],
    ["sent", "from", "my"], ["best"], ["regards"], ["cheers"], ["thanks"], ["sincerely"],
    ["rgds"], ["br"], ["thx"], ["ta"], ["saludos"], ["grüße"], ["gruss"], ["mfg"],
  ]
  private static let signOffWords = Set(signOffs.joined())

  /// One word of the text: its lowercased letters and where it stands.
  private struct Word {
    var text: String
    var range: Range<String.Index>
  }

  /// The words between the greeting and the sign-off; the text itself when nothing is left.
  static func of(_ text: String) -> String {
    var start = text.startIndex
    var end = text.endIndex
    // "Hi Sam," / "Dear Ms Okafor," / "Good morning team!": a greeting word, then a mark soon.
    if let first = words(in: text, from: text.startIndex, limit: 1).first,
      greetings.contains(first.text)
    {
      let head = text.unicodeScalars[first.range.upperBound...].prefix(50)
      if let mark = head.firstIndex(where: { $0 == "," || $0 == "!" || $0 == "\n" }) {
        start = text.unicodeScalars.index(after: mark)
      }
    }
    // The earliest of the last words that opens a sign-off only a short signature follows:
    // "…back to you. Best, Emma Doyle, Senior Finance Manager".
    let scalars = text.unicodeScalars
    let tailStart = scalars.index(scalars.endIndex, offsetBy: -240, limitedBy: start) ?? start
    let tail = words(in: text, from: tailStart, limit: .max).suffix(18)
    let words = Array(tail)
    for position in words.indices.reversed() where signOffWords.contains(words[position].text) {
      for signOff in signOffs where signOff.count <= words.count - position {
        guard zip(signOff, words[position...]).allSatisfy({ $0 == $1.text }) else { continue }
        let after = words[position + signOff.count - 1].range.upperBound
        let left = words.count - position - signOff.count
        let next = scalars[after...].first
        let marked = next == nil || next == "," || next == "\n" || next == "-"
        guard marked || signOff == ["sent", "from", "my"] || (next == " " && left <= 4),
          !scalars[after...].contains("?")
        else { continue }
        // What comes before it ends a sentence or a line.
        let before = scalars[start..<words[position].range.lowerBound].last { $0 != " " }
        guard let before, ".!\n,)".unicodeScalars.contains(before) else { continue }
        end = words[position].range.lowerBound
        break
      }
    }
    guard start < end else { return text }
    let body = Substring(text[start..<end]).trimmingSpaces()
    return body.isEmpty ? text : body
  }

  /// The words from `start` on, at most `limit` of them.
  private static func words(in text: String, from start: String.Index, limit: Int) -> [Word] {
    var words: [Word] = []
    let scalars = text.unicodeScalars
    var index = start
    var wordStart: String.Index?
    while index < scalars.endIndex {
      let scalar = scalars[index]
      let isWord =
        scalar.isASCII
        ? (scalar.value >= 48 && scalar.value <= 57)
          || (scalar.value | 0x20 >= 97 && scalar.value | 0x20 <= 122)
        : scalar.properties.isAlphabetic
      if isWord {
        if wordStart == nil { wordStart = index }
      } else if let first = wordStart {
        words.append(Word(text: String(scalars[first..<index]).lowercased(), range: first..<index))
        wordStart = nil
        if words.count >= limit { return words }
      }
      index = scalars.index(after: index)
    }
    if let first = wordStart {
      words.append(Word(text: String(scalars[first..<index]).lowercased(), range: first..<index))
    }
    return words
  }
}
