/// A trie over words that finds every lexicon phrase in a token sequence in one pass.
///
/// Each start position walks the trie at most as deep as the longest phrase, so the cost is
/// linear in the text for a given lexicon. Filler words inside a phrase are skipped.
public struct PhraseTrie: Sendable {
  private struct Node: Sendable {
    var words: [String: Int32] = [:]
    var kinds: [Token.Kind: Int32] = [:]
    var name: Int32 = -1
    var groups: [Int32] = []
  }

  private var nodes: [Node] = [Node()]
  private let fillers: Set<String>

  /// Creates an empty trie.
  ///
  /// - Parameter fillers: Words a phrase may skip over in the text.
  public init(fillers: Set<String>) {
    self.fillers = fillers
  }

  /// Adds a compiled phrase for a group.
  public mutating func insert(_ steps: [PhrasePattern], group: Int) {
    guard !steps.isEmpty else { return }
    var node = 0
    for step in steps {
      let existing: Int32?
      switch step {
      case .word(let word): existing = nodes[node].words[word]
      case .kind(let kind): existing = nodes[node].kinds[kind]
      case .name: existing = nodes[node].name >= 0 ? nodes[node].name : nil
      }
      if let existing {
        node = Int(existing)
        continue
      }
      let child = Int32(nodes.count)
      nodes.append(Node())
      switch step {
      case .word(let word): nodes[node].words[word] = child
      case .kind(let kind): nodes[node].kinds[kind] = child
      case .name: nodes[node].name = child
      }
      node = Int(child)
    }
    if !nodes[node].groups.contains(Int32(group)) {
      nodes[node].groups.append(Int32(group))
    }
  }

  /// The word without a plural "s", when it looks like a plural.
  static func singular(_ word: String) -> String? {
    guard word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") else {
      return nil
    }
    return String(word.dropLast())
  }

  /// Finds every phrase occurrence; phrases never cross punctuation.
  ///
  /// - Parameter tokens: The tokens of a text.
  /// - Returns: The matches, ordered by start.
  public func matches(in tokens: [Token]) -> [PhraseMatch] {
    var found: [PhraseMatch] = []
    var stack: [(node: Int, index: Int)] = []
    for start in tokens.indices where !tokens[start].isPunctuation {
      stack.append((0, start))
      while let (node, index) = stack.popLast() {
        guard index < tokens.count else { continue }
        let token = tokens[index]
        if token.isPunctuation { continue }
        if node != 0, fillers.contains(token.text) {
          stack.append((node, index + 1))
        }
        let current = nodes[node]
        var next: [Int32] = []
        if let child = current.words[token.text] {
          next.append(child)
        } else if token.kind == .word, let singular = Self.singular(token.text),
          let child = current.words[singular]
        {
          // "pre-orders" matches "pre-order": lexicons list the singular.
          next.append(child)
        }
        if token.kind != .word, let child = current.kinds[token.kind] { next.append(child) }
        if current.name >= 0, token.kind == .word, token.isCapitalized, !token.startsSentence,
          token.text != "i"
        {
          next.append(current.name)
        }
        for child in next {
          for group in nodes[Int(child)].groups {
            found.append(PhraseMatch(group: Int(group), start: start, end: index + 1))
          }
          stack.append((Int(child), index + 1))
        }
      }
    }
    return found
  }
}
