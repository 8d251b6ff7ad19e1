/// One normalised word of a text, with where it came from.
///
/// Contractions are expanded ("won't" gives `will` and `not`), so several tokens may share one
/// source range.
public struct Token: Sendable, Hashable {
  /// What a token is, beyond its letters: phrases can match a class instead of a word.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case word
    case number
    case time
    case amount
    case date
    case punctuation
  }

  /// The lowercased, normalised text ("will", "3pm", "$5k", ",").
  public var text: String
  /// The class of the token.
  public var kind: Kind
  /// Where the token sits in the source text.
  public var range: Range<String.Index>
  /// Whether the source word began with a capital letter.
  public var isCapitalized: Bool
  /// Whether the token opens a sentence, where a capital says nothing about names.
  public var startsSentence: Bool

  /// Whether the token ends a clause: any punctuation but apostrophes and hyphens.
  public var isPunctuation: Bool { kind == .punctuation }

  /// Whether the token ends a sentence.
  public var endsSentence: Bool {
    kind == .punctuation && (text == "." || text == "!" || text == "?" || text == "\n")
  }
}
