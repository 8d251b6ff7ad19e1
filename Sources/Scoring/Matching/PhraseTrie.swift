/// A trie over words that finds every lexicon phrase in a token sequence in one pass.
///
/// Each start position walks the trie at most as deep as the longest phrase, so the cost is
/// linear in the text for a given lexicon. Words are interned once per token, so the walk
/// compares integers. Filler words inside a phrase are skipped.
///
/// Whatever a lexicon holds, a walk is bounded: phrases longer than ``longestPhrase`` steps are
/// not taken (the loader refuses them with a diagnostic), and no walk goes more than
/// ``longestSpan`` tokens past its start, filler words included. So matching stays linear in
/// the text.
public struct PhraseTrie: Sendable {
  /// The most steps (words and placeholders, fillers left out) a phrase may have.
  public static let longestPhrase = 12
  /// The most tokens a match may cover, the fillers it skips included.
  public static let longestSpan = 48

  private struct Node: Sendable {
    var words: [Int32: Int32] = [:]
    var kinds: [Token.Kind: Int32] = [:]
    var name: Int32 = -1
    var groups: [Int32] = []
  }

  private var nodes: [Node] = [Node()]
  private var vocabulary: [String: Int32] = [:]
  private let fillers: Set<String>

  /// Creates an empty trie.
  ///
  /// - Parameter fillers: Words a phrase may skip over in the text.
  public init(fillers: Set<String>) {
    self.fillers = fillers
  }

  private mutating func intern(_ word: String) -> Int32 {
    if let id = vocabulary[word] { return id }
    let id = Int32(vocabulary.count)
    vocabulary[word] = id
    return id
  }

  /// Adds a compiled phrase for a group.
  public mutating func insert(_ steps: [PhrasePattern], group: Int) {
    guard !steps.isEmpty, steps.count <= Self.longestPhrase else { return }
    var node = 0
    for step in steps {
      let existing: Int32?
      var wordID: Int32 = -1
      switch step {
      case .word(let word):
        wordID = intern(word)
        existing = nodes[node].words[wordID]
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
      case .word: nodes[node].words[wordID] = child
      case .kind(let kind): nodes[node].kinds[kind] = child
      case .name: nodes[node].name = child
      }
      node = Int(child)
    }
    if !nodes[node].groups.contains(Int32(group)) {
      nodes[node].groups.append(Int32(group))
    }
  }

  /// The base forms a word may stand for.
  ///
  /// "orders" gives "order", "booked" gives "book", "introducing" gives "introduce" and "planned"
  /// gives "plan". Lexicons list base forms; these are tried when the word itself does not go on.
  static func baseForms(_ word: String) -> [String] {
    let count = word.utf8.count
    // Most words end in none of the suffixes: answer them without building strings.
    guard count > 3, let last = word.utf8.last,
      last == UInt8(ascii: "s") || last == UInt8(ascii: "d")
        || last == UInt8(ascii: "g")
    else { return [] }
    var forms: [String] = []
    func stripped(_ suffix: Int) -> String { String(word.utf8.dropLast(suffix)) ?? "" }
    if word.hasSuffix("ies") {
      forms.append(stripped(3) + "y")
    } else if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us") {
      forms.append(stripped(1))
    }
    for suffix in ["ing", "ed"] where word.hasSuffix(suffix) && count > suffix.count + 2 {
      let stem = stripped(suffix.count)
      forms.append(stem)
      forms.append(stem + "e")
      let bytes = Array(stem.utf8)
      if bytes.count >= 2, bytes[bytes.count - 1] == bytes[bytes.count - 2] {
        forms.append(String(stem.utf8.dropLast()) ?? "")
      }
    }
    return forms
  }

  private struct Cursor {
    var node: Int
    var index: Int
  }

  /// What the walk needs to know of one token, computed once.
  private struct Step {
    var word: Int32
    var bases: [Int32]
    var kind: Token.Kind
    var isFiller: Bool
    var isName: Bool
    var isPunctuation: Bool
  }

  /// Finds every phrase occurrence; phrases never cross punctuation.
  ///
  /// - Parameter tokens: The tokens of a text.
  /// - Returns: The matches, ordered by start.
  public func matches(in tokens: [Token]) -> [PhraseMatch] {
    let steps = tokens.map { token in
      let word = vocabulary[token.text] ?? -1
      let bases =
        token.kind == .word ? Self.baseForms(token.text).compactMap { vocabulary[$0] } : []
      return Step(
        word: word, bases: bases, kind: token.kind, isFiller: fillers.contains(token.text),
        isName: token.kind == .word && token.isCapitalized && !token.startsSentence
          && token.text != "i",
        isPunctuation: token.isPunctuation)
    }
    var found: [PhraseMatch] = []
    var stack: [Cursor] = []
    var next: [Int32] = []
    for start in steps.indices where !steps[start].isPunctuation {
      stack.append(Cursor(node: 0, index: start))
      while let cursor = stack.popLast() {
        let node = cursor.node
        let index = cursor.index
        guard index < steps.count, index - start < Self.longestSpan else { continue }
        let step = steps[index]
        if step.isPunctuation { continue }
        if node != 0, step.isFiller {
          stack.append(Cursor(node: node, index: index + 1))
        }
        let current = nodes[node]
        next.removeAll(keepingCapacity: true)
        if step.word >= 0, let child = current.words[step.word] {
          next.append(child)
        } else if let child = step.bases.lazy.compactMap({ current.words[$0] }).first {
          next.append(child)
        }
        if step.kind != .word, let child = current.kinds[step.kind] { next.append(child) }
        if current.name >= 0, step.isName { next.append(current.name) }
        for child in next {
          for group in nodes[Int(child)].groups {
            found.append(PhraseMatch(group: Int(group), start: start, end: index + 1))
          }
          stack.append(Cursor(node: Int(child), index: index + 1))
        }
      }
    }
    return found
  }
}
