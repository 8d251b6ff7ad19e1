/// The features every reader shares: word 1–3-grams (marked when a negator or a condition
/// covers them) and character 3–5-grams within words, each family scaled to unit length.
enum TextFeatures {
  /// The key a token is counted under: its text, or its class for numbers, times, dates and
  /// amounts, so "3pm" and "10:30" teach the same thing.
  static func key(_ token: Token) -> String {
    switch token.kind {
    case .word, .punctuation: token.text
    case .number: "#n"
    case .time: "#t"
    case .amount: "#a"
    case .date: "#d"
    }
  }

  /// Adds the n-gram families of an analysed text.
  ///
  /// - Parameters:
  ///   - analysis: The text, analysed.
  ///   - vector: Where the features go.
  ///   - salt: Crosses every feature with a context (an ask's stage); 0 for none.
  static func add(_ analysis: TextAnalysis, to vector: inout FeatureVector, salt: UInt8 = 0) {
    let tokens = analysis.tokens
    let keys = tokens.map(key)
    var start = vector.entries.count
    for index in keys.indices {
      var unigram = FeatureHasher("w", salt: salt)
      unigram.mix(keys[index])
      vector.add(unigram, tokens: index..<index + 1)
      if analysis.negatedTokens[index] || analysis.conditionalTokens[index] {
        var marked = FeatureHasher(analysis.negatedTokens[index] ? "wn" : "wc", salt: salt)
        marked.mix(keys[index])
        vector.add(marked, tokens: index..<index + 1)
      }
      var bigram = FeatureHasher("b", salt: salt)
      bigram.mix(index == 0 ? "^" : keys[index - 1])
      bigram.mix(keys[index])
      vector.add(bigram, tokens: max(0, index - 1)..<index + 1)
      if index >= 2 {
        var trigram = FeatureHasher("t", salt: salt)
        trigram.mix(keys[index - 2])
        trigram.mix(keys[index - 1])
        trigram.mix(keys[index])
        vector.add(trigram, tokens: index - 2..<index + 1)
      }
    }
    if let last = keys.last {
      var end = FeatureHasher("b", salt: salt)
      end.mix(last)
      end.mix("$")
      vector.add(end, tokens: keys.count - 1..<keys.count)
    }
    vector.normalize(from: start)
    start = vector.entries.count
    for (index, token) in tokens.enumerated() where token.kind == .word {
      addCharacterGrams(token.text, at: index, to: &vector, salt: salt)
    }
    vector.normalize(from: start)
    var length = FeatureHasher("len", salt: salt)
    length.mix(min(8, Int(Double(tokens.count + 1).squareRoot())))
    vector.add(length)
  }

  private static func addCharacterGrams(
    _ word: String, at index: Int, to vector: inout FeatureVector, salt: UInt8
  ) {
    var bytes: [UInt8] = [0x3c]
    bytes.append(contentsOf: word.utf8.prefix(24))
    bytes.append(0x3e)
    guard bytes.count > 3 else { return }
    for size in 3...5 where bytes.count >= size {
      for offset in 0...(bytes.count - size) {
        var gram = FeatureHasher("c", salt: salt)
        for byte in bytes[offset..<offset + size] { gram.mix(byte) }
        vector.add(gram, tokens: index..<index + 1)
      }
    }
  }

  /// Adds one feature per lexicon hit of the given roles: the group and the role, each with
  /// the hit's scope (plain, negated, conditional), quoting the hit's words.
  static func addHits(
    _ analysis: TextAnalysis, roles: Set<LexiconRole>, to vector: inout FeatureVector,
    salt: UInt8 = 0
  ) {
    for hit in analysis.hits where roles.contains(hit.role) {
      let scope = hit.negated ? 1 : hit.conditional ? 2 : 0
      var group = FeatureHasher("g", salt: salt)
      group.mix(analysis.group(of: hit).name)
      group.mix(scope)
      vector.add(group, tokens: hit.match.start..<hit.match.end)
      var role = FeatureHasher("r", salt: salt)
      role.mix(hit.role.rawValue)
      role.mix(scope)
      vector.add(role, tokens: hit.match.start..<hit.match.end)
    }
  }

  /// Adds a feature of the whole text, such as the rules' verdict.
  static func addFlag(
    _ name: String, to vector: inout FeatureVector, tokens: Range<Int>? = nil, salt: UInt8 = 0
  ) {
    var flag = FeatureHasher("x", salt: salt)
    flag.mix(name)
    vector.add(flag, tokens: tokens)
  }
}
