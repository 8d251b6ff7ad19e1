/// Splits a turn into sentences at `.`, `?` and `!` followed by a space, keeping the marks, so
/// each question and each claim is read on its own.
enum CallSentences {
  static func split(_ text: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    var previous: Character = " "
    for character in text {
      if character == " ", ".?!".contains(previous), !Self.isAbbreviation(current) {
        let sentence = current.trimmed
        if !sentence.isEmpty { sentences.append(sentence) }
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    let last = current.trimmed
    if !last.isEmpty { sentences.append(last) }
    return sentences
  }

  /// Whether a full stop ends an abbreviation (Dr, Mr, e.g), not the sentence.
  private static func isAbbreviation(_ text: String) -> Bool {
    guard text.hasSuffix(".") else { return false }
    let word = text.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
    return ["dr", "mr", "mrs", "ms", "st", "e.g", "i.e", "vs", "etc", "approx"].contains(
      word) || (word.count == 1 && word.first?.isLetter == true)
  }
}

extension String {
  var trimmed: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
