/// Reads debrief notes sentence by sentence: facts against compliments, fluff, hypotheticals and
/// ideas, and the signs of an earlyvangelist.
public struct NotesReader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon

  /// Creates a reader.
  ///
  /// - Parameter lexicon: The lexicon, usually from ``LexiconLoader``.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Reads notes.
  ///
  /// - Parameter notes: The notes, any length; lines and sentences are read one by one.
  /// - Returns: The quoted findings and signs.
  public func read(_ notes: String) -> NotesReading {
    read(lexicon.analyze(notes))
  }

  func read(_ analysis: TextAnalysis) -> NotesReading {
    var findings: [Finding] = []
    var signs: [EarlyvangelistSign] = []
    var bySentence: [Int: [TextAnalysis.Hit]] = [:]
    for hit in analysis.hits {
      bySentence[hit.sentence, default: []].append(hit)
    }
    var start = 0
    let tokens = analysis.tokens
    while start < tokens.count {
      var end = start
      while end < tokens.count, !tokens[end].endsSentence { end += 1 }
      let sentence = analysis.sentenceOfToken[start]
      let hits = bySentence[sentence] ?? []
      let quote = analysis.quote(from: start, to: end).trimmingCharacters()
      if !quote.isEmpty, let kind = Self.kind(of: hits, tokens: tokens) {
        findings.append(Finding(kind: kind, text: quote))
      }
      if !quote.isEmpty {
        var seen: Set<String> = []
        for hit in hits where hit.role == .earlyvangelist && !hit.negated && !hit.conditional {
          if let sign = analysis.group(of: hit).sign, seen.insert(sign).inserted {
            signs.append(EarlyvangelistSign(sign: sign, text: quote))
          }
        }
      }
      start = end + 1
    }
    return NotesReading(findings: findings, earlyvangelist: signs)
  }

  /// Decides what one sentence is worth, most telling kind first.
  static func kind(of hits: [TextAnalysis.Hit], tokens: [Token]) -> Finding.Kind? {
    let roles = Set(hits.filter { !$0.negated || $0.role == .negator }.map(\.role))
    if roles.contains(.idea) { return .idea }
    let hypothetical =
      roles.contains(.conditional) || hits.contains { $0.role == .commit && $0.conditional }
    let hard = hits.contains { hit in
      hit.role == .fact
        && (hit.match.start..<hit.match.end).contains { tokens[$0].kind != .word }
    }
    let pastMarker = hits.contains { [.date, .amount].contains($0.role) }
    if hypothetical && !hard { return .hypothetical }
    if roles.contains(.compliment) && !roles.contains(.fact) { return .compliment }
    if roles.contains(.fact) && (hard || pastMarker || !roles.contains(.fluff)) { return .fact }
    if roles.contains(.fluff) { return .fluff }
    if hypothetical { return .hypothetical }
    if roles.contains(.compliment) { return .compliment }
    return nil
  }
}

extension String {
  func trimmingCharacters() -> String {
    Substring(self).trimmingSpaces()
  }
}
