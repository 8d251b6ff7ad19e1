/// Splits text into lowercased word tokens with their source ranges.
///
/// Contractions are expanded, times ("3pm", "15:30"), dates ("12/3", "15th") and amounts ("$5k")
/// become single classed tokens, and punctuation is kept because it bounds clauses. One pass,
/// linear in the text.
public enum Tokenizer {
  /// Tokenizes a text.
  ///
  /// - Parameter text: Any text; it is never modified.
  /// - Returns: The tokens in order.
  public static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 4)
    let scalars = text.unicodeScalars
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if scalar == "\n" {
        if let last = tokens.last, last.text == "\n" {
          index = scalars.index(after: index)
          continue
        }
        let next = scalars.index(after: index)
        append(
          &tokens,
          Token(
            text: "\n", kind: .punctuation, range: index..<next, isCapitalized: false,
            startsSentence: false))
        index = next
        continue
      }
      if isSpace(scalar) || isQuote(scalar) {
        index = scalars.index(after: index)
        continue
      }
      if isWordStart(scalar) {
        let end = chunkEnd(scalars, from: index)
        emitChunk(text, index..<end, into: &tokens)
        index = end
        continue
      }
      let next = scalars.index(after: index)
      if let mark = clauseMark(scalar) {
        append(
          &tokens,
          Token(
            text: mark, kind: .punctuation, range: index..<next, isCapitalized: false,
            startsSentence: false))
      }
      index = next
    }
    return mergeMeridians(tokens)
  }

  private static func append(_ tokens: inout [Token], _ token: Token) {
    var token = token
    if token.kind != .punctuation {
      token.startsSentence = tokens.last.map { $0.endsSentence } ?? true
    }
    tokens.append(token)
  }

  private static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "`", "*", "_", "#", ">": true
    default: false
    }
  }

  private static func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
    isAlphanumeric(scalar) || scalar == "$" || scalar == "\u{20AC}" || scalar == "\u{00A3}"
  }

  // ASCII first: Unicode property lookups cost more than the rest of the tokenizer.
  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 48 && value <= 57) || isASCIILetter(value)
    }
    return scalar.properties.isAlphabetic
  }

  private static func isASCIILetter(_ value: UInt32) -> Bool {
    (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? isASCIILetter(scalar.value) : scalar.properties.isAlphabetic
  }

  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      return scalar == " " || scalar == "\t" || scalar == "\r" || scalar.value == 11
        || scalar.value == 12
    }
    return scalar.properties.isWhitespace
  }

  private static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII ? (scalar.value >= 65 && scalar.value <= 90) : scalar.properties.isUppercase
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    ("0"..."9").contains(scalar)
  }

  /// Maps punctuation that ends a clause to one canonical mark; other symbols are dropped.
  private static func clauseMark(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case ".", "\u{2026}": "."
    case "!": "!"
    case "?": "?"
    case ",", ";", ":", "(", ")", "[", "]", "-", "\u{2013}", "\u{2014}", "/", "|", "+", "&": ","
    default: nil
    }
  }

  /// Finds the end of a word chunk: letters and digits, with apostrophes, hyphens and the inner
  /// punctuation of numbers ("15:30", "12/3", "5,000", "2.5") and abbreviations ("p.m.").
  private static func chunkEnd(
    _ scalars: String.UnicodeScalarView, from start: String.Index
  ) -> String.Index {
    var index = scalars.index(after: start)
    var digitsOnly = isDigit(scalars[start]) || !isAlphanumeric(scalars[start])
    var letterCount = isAlphanumeric(scalars[start]) && !isDigit(scalars[start]) ? 1 : 0
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if isAlphanumeric(scalar) {
        if !isDigit(scalar) {
          letterCount += 1
          if digitsOnly && !isSuffixLetter(scalar) { digitsOnly = false }
        }
        index = scalars.index(after: index)
        continue
      }
      let next = scalars.index(after: index)
      guard next < scalars.endIndex else { break }
      let following = scalars[next]
      switch scalar {
      case "'", "\u{2019}":
        guard isLetter(following), letterCount > 0 else { return index }
      case "-":
        guard isAlphanumeric(following) else { return index }
      case ":", "/", ",":
        guard digitsOnly, isDigit(following), letterCount == 0 else { return index }
      case ".":
        if digitsOnly && letterCount == 0 && isDigit(following) {
          break
        } else if letterCount == 1 && isLetter(following) {
          // "a.m.", "p.m.", "e.g.": keep the dots so the abbreviation stays one word.
          letterCount = 0
        } else {
          return index
        }
      default:
        return index
      }
      index = next
    }
    return index
  }

  private static func isSuffixLetter(_ scalar: Unicode.Scalar) -> Bool {
    "kmbpaKMBPA".unicodeScalars.contains(scalar)
  }

  /// Contractions typed without their apostrophe ("wont", "cant", "dont").
  private static let typedWithoutApostrophe: [String: [String]] = [
    "wont": ["will", "not"], "cant": ["can", "not"], "dont": ["do", "not"],
    "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"],
    "arent": ["are", "not"], "wasnt": ["was", "not"], "werent": ["were", "not"],
    "wouldnt": ["would", "not"], "couldnt": ["could", "not"], "shouldnt": ["should", "not"],
    "havent": ["have", "not"], "hasnt": ["has", "not"], "im": ["i", "am"], "ive": ["i", "have"],
    "youre": ["you", "are"], "theyre": ["they", "are"], "thats": ["that", "is"],
    "gonna": ["going", "to"], "wanna": ["want", "to"], "lets": ["let", "us"],
  ]

  /// Spelt-out numbers that name times and quantities ("at eleven", "forty-five minutes").
  private static let numberWords: [String: String] = [
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15",
    "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "ninety": "90",
    "hundred": "100",
  ]

  private static func emitChunk(
    _ text: String, _ range: Range<String.Index>, into tokens: inout [Token]
  ) {
    let raw = String(text.unicodeScalars[range])
    let capitalized = raw.unicodeScalars.first.map(isUpper) ?? false
    var lower = asciiLowercased(raw) ?? raw.lowercased()
    if lower.utf8.contains(UInt8(ascii: ".")), lower.unicodeScalars.contains(where: isLetter) {
      lower.removeAll { $0 == "." }
    }
    var isFirst = true
    func emit(_ word: String, _ kind: Token.Kind) {
      // "I'm" gives "i" and "am": only the first word carries the capital.
      append(
        &tokens,
        Token(
          text: word, kind: kind, range: range, isCapitalized: capitalized && isFirst,
          startsSentence: false))
      isFirst = false
    }
    if let first = lower.unicodeScalars.first, !isLetter(first) {
      if let classified = classify(lower) {
        emit(lower, classified)
        return
      }
      // "30min", "2x": a number glued to a word.
      let digits = String(lower.prefix { $0.isNumber || $0 == "." || $0 == "," })
      let rest = String(lower.dropFirst(digits.count))
      if !digits.isEmpty { emit(digits, .number) }
      if !rest.isEmpty { emit(rest, .word) }
      return
    }
    func emitWord(_ word: String) {
      // Spelt-out numbers are short: most words skip the lookup.
      if word.utf8.count <= 7, let digits = numberWords[word] {
        emit(digits, .number)
      } else {
        emit(word, .word)
      }
    }
    func emitPart(_ part: String) {
      if part.utf8.count <= 8, let words = typedWithoutApostrophe[part] {
        for word in words { emitWord(word) }
      } else if part.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) {
        for word in expandContraction(part) { emitWord(word) }
      } else {
        emitWord(part)
      }
    }
    if lower.utf8.contains(UInt8(ascii: "-")) {
      for part in lower.split(separator: "-") { emitPart(String(part)) }
    } else {
      emitPart(lower)
    }
  }

  /// The lowercased text when it is all ASCII, without the Unicode tables; `nil` otherwise.
  private static func asciiLowercased(_ text: String) -> String? {
    var bytes = [UInt8](text.utf8)
    for index in bytes.indices {
      let byte = bytes[index]
      if byte >= 0x80 { return nil }
      if byte >= 0x41 && byte <= 0x5A { bytes[index] = byte | 0x20 }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Classifies a chunk that starts with a digit or a currency sign.
  private static func classify(_ chunk: String) -> Token.Kind? {
    if chunk.hasPrefix("$") || chunk.hasPrefix("\u{20AC}") || chunk.hasPrefix("\u{00A3}") {
      return .amount
    }
    let body = chunk.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == ":" || $0 == "/" }
    let suffix = chunk.dropFirst(body.count)
    guard !body.isEmpty else { return nil }
    switch suffix {
    case "": break
    case "am", "pm": return .time
    case "k", "m", "mm", "bn", "b": return .amount
    case "st", "nd", "rd", "th": return .date
    default: return nil
    }
    if body.contains(":") { return .time }
    if body.contains("/") { return .date }
    return .number
  }

  /// Expands an English contraction into the words it stands for.
  static func expandContraction(_ word: String) -> [String] {
    // Most words have no apostrophe: splitting them is the tokenizer's costliest step.
    guard word.utf8.contains(where: { $0 == 0x27 || $0 == 0xE2 }) else { return [word] }
    let parts = word.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).map(String.init)
    guard parts.count == 2 else { return [parts.joined()] }
    let stem = parts[0]
    switch (stem, parts[1]) {
    case ("won", "t"): return ["will", "not"]
    case ("can", "t"): return ["can", "not"]
    case ("shan", "t"): return ["shall", "not"]
    case ("ain", "t"): return ["is", "not"]
    case ("let", "s"): return ["let", "us"]
    case ("o", _): return ["o" + parts[1]]
    case (_, "t") where stem.hasSuffix("n"): return [String(stem.dropLast()), "not"]
    case (_, "ll"): return [stem, "will"]
    case (_, "d"): return [stem, "would"]
    case (_, "re"): return [stem, "are"]
    case (_, "ve"): return [stem, "have"]
    case (_, "m"): return [stem, "am"]
    // "the contract's signed": after a noun, "'s" is more often "is" than a possessive, and a
    // stray "is" harms no phrase.
    case (_, "s"): return [stem, "is"]
    default: return [parts.joined()]
    }
  }

  /// Joins "3 pm" into one time token.
  private static func mergeMeridians(_ tokens: [Token]) -> [Token] {
    var merged: [Token] = []
    merged.reserveCapacity(tokens.count)
    for token in tokens {
      if token.kind == .word, token.text == "am" || token.text == "pm" || token.text == "oclock",
        let last = merged.last, last.kind == .number
      {
        merged[merged.count - 1] = Token(
          text: last.text + token.text, kind: .time,
          range: last.range.lowerBound..<token.range.upperBound, isCapitalized: false,
          startsSentence: last.startsSentence)
        continue
      }
      merged.append(token)
    }
    return merged
  }
}
