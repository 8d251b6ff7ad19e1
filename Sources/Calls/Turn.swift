/// One stretch of speech in a transcript: a cue, a labelled line or a block.
public struct Turn: Sendable, Hashable {
  /// The speaker's name as written, without its tag or colon.
  public var speaker: String
  /// When it starts, when the transcript says.
  public var start: CallTime?
  /// When it ends, when the transcript says (cues do; labelled lines do not).
  public var end: CallTime?
  /// What was said, on one line, without voice tags.
  public var text: String
  /// The line of the file where the text starts, 1-based: the place to point at when the
  /// transcript has no timestamps.
  public var line: Int

  /// Creates a turn.
  public init(speaker: String, start: CallTime?, end: CallTime?, text: String, line: Int) {
    self.speaker = speaker
    self.start = start
    self.end = end
    self.text = text
    self.line = line
  }

  /// How many words it holds: runs of letters or digits (apostrophes and hyphens inside a word
  /// keep it whole).
  public var wordCount: Int { Self.words(in: text) }

  /// Counts words in a text the way ``wordCount`` does.
  public static func words(in text: String) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let letter =
        scalar.isASCII
        ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
        : scalar.properties.isAlphabetic
      let isWordScalar =
        letter || ("0"..."9").contains(scalar)
        || (inWord && (scalar == "'" || scalar == "\u{2019}" || scalar == "-"))
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }
}
