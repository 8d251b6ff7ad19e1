/// All phrase groups the scorers use, compiled into one trie.
public struct Lexicon: Sendable {
  /// The groups, in file order; matches refer to them by index.
  public let groups: [LexiconGroup]
  /// Words that phrases skip over.
  public let fillers: Set<String>
  private let trie: PhraseTrie

  /// Compiles groups into a matcher; phrases with unknown placeholders are left out (the loader
  /// reports them).
  ///
  /// - Parameter groups: The groups, usually from ``LexiconLoader``.
  public init(groups: [LexiconGroup]) {
    self.groups = groups
    var fillers: Set<String> = []
    for group in groups where group.role == .filler {
      for phrase in group.phrases {
        fillers.formUnion(Tokenizer.tokenize(phrase).map(\.text))
      }
    }
    self.fillers = fillers
    var trie = PhraseTrie(fillers: fillers)
    for (index, group) in groups.enumerated() where group.role != .filler {
      for phrase in group.phrases {
        if let steps = PhrasePattern.compile(phrase, fillers: fillers) {
          trie.insert(steps, group: index)
        }
      }
    }
    self.trie = trie
  }

  /// Tokenizes a text and finds every phrase in it, with negation and conditional scope.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The analysis the scorers read.
  public func analyze(_ text: String) -> TextAnalysis {
    let tokens = Tokenizer.tokenize(text)
    return TextAnalysis(text: text, tokens: tokens, raw: trie.matches(in: tokens), lexicon: self)
  }

  /// The groups that play a role.
  public func groups(_ role: LexiconRole) -> [LexiconGroup] {
    groups.filter { $0.role == role }
  }
}
