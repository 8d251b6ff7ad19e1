/// One word of a text being read for dates, with its place in the text.
struct DateToken: Sendable, Hashable {
  /// The word, lowercased, without the punctuation around it (`Dec.` is `dec`, `3 p.m.` `pm`).
  let word: String
  /// Where the word (without that punctuation) lies in the text.
  let range: Range<String.Index>
  /// Whether punctuation followed the word: a comma or a full stop.
  let punctuated: Bool
  /// Whether a date phrase must stop at this word: a full stop, `;`, `!` or `?` follows it
  /// (not the full stop of an abbreviation such as `Dec.`).
  let endsClause: Bool

  private static let leading: Set<Character> = ["(", "[", "\"", "'", "“", "‘", "<"]
  private static let trailing: Set<Character> = [
    ",", ".", ";", ":", "!", "?", ")", "]", "\"", "'", "”", "’", ">",
  ]
  private static let clauseEnds: Set<Character> = [".", ";", "!", "?"]

  /// Splits a text at white space.
  ///
  /// - Parameter text: The text.
  /// - Returns: Its words, in order; punctuation alone makes no word.
  static func tokens(in text: String) -> [DateToken] {
    var tokens: [DateToken] = []
    var index = text.startIndex
    while index < text.endIndex {
      guard !text[index].isWhitespace else {
        index = text.index(after: index)
        continue
      }
      var end = index
      while end < text.endIndex, !text[end].isWhitespace { end = text.index(after: end) }
      if let token = token(text, index..<end) { tokens.append(token) }
      index = end
    }
    return tokens
  }

  private static func token(_ text: String, _ range: Range<String.Index>) -> DateToken? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, leading.contains(text[lower]) { lower = text.index(after: lower) }
    var removed: [Character] = []
    while lower < upper {
      let last = text.index(before: upper)
      guard trailing.contains(text[last]) else { break }
      removed.append(text[last])
      upper = last
    }
    guard lower < upper else { return nil }
    var word = text[lower..<upper].lowercased()
    // "3 p.m." and "3p.m.": the last full stop went with the punctuation.
    if word.hasSuffix("a.m") || word.hasSuffix("p.m") {
      word = String(word.dropLast(3)) + (word.hasSuffix("a.m") ? "am" : "pm")
    }
    let isName = DateWords.weekdays[word] != nil || DateWords.months[word] != nil
    let isAbbreviation = (isName && word.count <= 4) || word == "am" || word == "pm"
    let endsClause =
      removed.contains { clauseEnds.contains($0) }
      && !(isAbbreviation && removed == ["."])
    return DateToken(
      word: word, range: lower..<upper, punctuated: !removed.isEmpty, endsClause: endsClause)
  }
}
