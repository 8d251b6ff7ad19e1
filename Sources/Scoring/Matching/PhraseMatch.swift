/// A phrase of a lexicon group found in a token sequence.
public struct PhraseMatch: Sendable, Hashable {
  /// Index of the group in the lexicon.
  public var group: Int
  /// The first token of the match.
  public var start: Int
  /// One past the last token of the match.
  public var end: Int

  /// Whether this match lies within another, strictly.
  func isInside(_ other: PhraseMatch) -> Bool {
    other.start <= start && end <= other.end && (other.end - other.start) > (end - start)
  }
}
