/// One step of a compiled phrase: a literal word or a class of token.
public enum PhrasePattern: Sendable, Hashable {
  /// A normalised word ("will", "loi").
  case word(String)
  /// Any token of a kind: `<number>`, `<time>`, `<date>`, `<amount>`.
  case kind(Token.Kind)
  /// A capitalised word that does not open a sentence: `<name>`.
  case name

  /// The placeholders a phrase may use, by their spelling in lexicon files.
  public static let placeholders: [String: PhrasePattern] = [
    "<number>": .kind(.number), "<time>": .kind(.time), "<date>": .kind(.date),
    "<amount>": .kind(.amount), "<name>": .name,
  ]

  /// Compiles a phrase as written in a lexicon into steps, with the same tokenizer as the text
  /// so contractions and hyphens agree, and without filler words.
  ///
  /// - Parameters:
  ///   - phrase: The phrase, e.g. "let's book a call on <date>".
  ///   - fillers: Words to leave out; the matcher skips them in the text.
  /// - Returns: The steps, or `nil` when the phrase has an unknown placeholder.
  public static func compile(_ phrase: String, fillers: Set<String>) -> [PhrasePattern]? {
    var steps: [PhrasePattern] = []
    for piece in phrase.split(whereSeparator: { $0 == " " || $0 == "\t" }) {
      if piece.hasPrefix("<") {
        guard let step = placeholders[piece.lowercased()] else { return nil }
        steps.append(step)
        continue
      }
      for token in Tokenizer.tokenize(String(piece)) where token.kind != .punctuation {
        if token.kind == .word {
          if !fillers.contains(token.text) { steps.append(.word(token.text)) }
        } else {
          steps.append(.word(token.text))
        }
      }
    }
    return steps
  }
}
