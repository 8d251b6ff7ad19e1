/// A text's tokens and phrase matches, with each match's scope: negated, conditional, clause.
public struct TextAnalysis: Sendable {
  /// One phrase found, with what surrounds it.
  public struct Hit: Sendable, Hashable {
    /// The match in token positions.
    public var match: PhraseMatch
    /// The group's role.
    public var role: LexiconRole
    /// Whether a negator before it, in the same clause, flips it.
    public var negated: Bool
    /// Whether it sits in a conditional or hypothetical scope.
    public var conditional: Bool
    /// The sentence it belongs to, counted from 0.
    public var sentence: Int
  }

  /// The source text.
  public let text: String
  /// The tokens.
  public let tokens: [Token]
  /// The matches kept after nested ones are dropped, ordered by start.
  public let hits: [Hit]
  /// The sentence of each token.
  public let sentenceOfToken: [Int]
  /// Whether each token lies in a negator's scope.
  public let negatedTokens: [Bool]
  /// Whether each token lies in a conditional or hypothetical scope.
  public let conditionalTokens: [Bool]
  let lexicon: Lexicon

  /// The layers in which a longer match hides the shorter matches inside it.
  private static func layer(_ role: LexiconRole) -> Int {
    switch role {
    case .commit, .stall, .compliment, .rejection, .vague, .negator, .conditional, .boundary,
      .neutral, .filler, .openAsk, .closedAsk:
      0
    case .date, .time, .person, .role, .amount, .document: 1
    case .hypothetical, .complimentFishing, .leading, .pitching, .generic, .pastBehaviour: 2
    case .fluff, .idea, .fact: 3
    case .earlyvangelist: 4
    }
  }

  init(text: String, tokens: [Token], raw: [PhraseMatch], lexicon: Lexicon) {
    self.text = text
    self.tokens = tokens
    self.lexicon = lexicon
    let groups = lexicon.groups
    var kept = Self.dropNested(raw, groups: groups)
    // A capitalised word that is also a day, a month or a role is not a person.
    let anchorTokens = Set(
      kept.filter { groups[$0.group].role != .person && Self.layer(groups[$0.group].role) == 1 }
        .flatMap { $0.start..<$0.end })
    kept.removeAll {
      groups[$0.group].role == .person && ($0.start..<$0.end).contains(where: anchorTokens.contains)
    }

    var sentences: [Int] = []
    sentences.reserveCapacity(tokens.count)
    var sentence = 0
    for token in tokens {
      sentences.append(sentence)
      if token.endsSentence { sentence += 1 }
    }
    sentenceOfToken = sentences

    var boundaryAt = [Bool](repeating: false, count: tokens.count)
    for match in kept where groups[match.group].role == .boundary {
      boundaryAt[match.start] = true
    }
    var negatedAt = [Bool](repeating: false, count: tokens.count)
    var conditionalAt = [Bool](repeating: false, count: tokens.count)
    for match in kept {
      let group = groups[match.group]
      guard group.role == .negator || group.role == .conditional else { continue }
      var index = match.end
      var words = 0
      while index < tokens.count {
        let token = tokens[index]
        if boundaryAt[index] || token.endsSentence { break }
        if token.isPunctuation {
          if case .sentence = group.scope {
            index += 1
            continue
          }
          break
        }
        if case .words(let limit) = group.scope, !lexicon.fillers.contains(token.text) {
          words += 1
          if words > limit { break }
        }
        if group.role == .negator { negatedAt[index] = true } else { conditionalAt[index] = true }
        index += 1
      }
      // "We'd buy it if you added SSO": a condition covers its clause before it too.
      if case .sentence = group.scope {
        var back = match.start - 1
        while back >= 0, !tokens[back].isPunctuation, !boundaryAt[back] {
          conditionalAt[back] = true
          back -= 1
        }
      }
    }
    negatedTokens = negatedAt
    conditionalTokens = conditionalAt
    hits = kept.map { match in
      Hit(
        match: match, role: groups[match.group].role, negated: negatedAt[match.start],
        conditional: conditionalAt[match.start], sentence: sentences[match.start])
    }
  }

  private static func dropNested(_ raw: [PhraseMatch], groups: [LexiconGroup]) -> [PhraseMatch] {
    let unique = Array(Set(raw)).sorted {
      ($0.start, $1.end, $0.group) < ($1.start, $0.end, $1.group)
    }
    var kept: [PhraseMatch] = []
    kept.reserveCapacity(unique.count)
    // Sorted by start, longest first: a match is nested when an earlier-starting or equally
    // starting longer match of its layer covers it. Phrases are short, so look back a little.
    var open: [PhraseMatch] = []
    for match in unique {
      open.removeAll { $0.end <= match.start }
      let role = groups[match.group].role
      let layer = layer(role)
      // A negator or modal inside a longer phrase still reaches past it ("will never pay"),
      // unless the phrase says it is not one ("no problem").
      let scoped = role == .negator || role == .conditional
      let nested = open.contains {
        let outer = groups[$0.group].role
        // Anchors nest only within their role: "Thursday 11" is a clock time and a day.
        let sameKind = layer != 1 || outer == role
        return layer == Self.layer(outer) && match.isInside($0) && (!scoped || outer == .neutral)
          && sameKind
      }
      if !nested {
        kept.append(match)
        open.append(match)
      }
    }
    return kept
  }

  /// The hits of a role.
  public func hits(_ role: LexiconRole) -> [Hit] {
    hits.filter { $0.role == role }
  }

  /// The group of a hit.
  public func group(of hit: Hit) -> LexiconGroup {
    lexicon.groups[hit.match.group]
  }

  /// The source text a hit covers.
  public func quote(_ hit: Hit) -> String {
    quote(from: hit.match.start, to: hit.match.end)
  }

  /// The source text of a token span.
  public func quote(from start: Int, to end: Int) -> String {
    guard start < end, end <= tokens.count else { return "" }
    return String(
      text.unicodeScalars[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
  }
}
