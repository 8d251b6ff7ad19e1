/// Reads debrief notes line by line: each line is a fact, a compliment, fluff, a hypothetical,
/// an idea or a commitment, and the signs of an earlyvangelist are noted where they stand.
public struct NotesReader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon
  /// The judge's weights.
  public let models: JudgeModels
  /// The learned model, read on first use (building a reader decodes nothing); without it
  /// the rules decide.
  public var model: LinearModel? { models.noteKind }

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon, usually from ``LexiconLoader``.
  ///   - models: The judge's weights; the bundled ones by default.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    self.models = models
  }

  /// Reads notes.
  ///
  /// - Parameter notes: The notes, any length: every line that holds words gets one finding,
  ///   in order.
  /// - Returns: The findings and signs.
  public func read(_ notes: String) -> NotesReading {
    var findings: [Finding] = []
    var signs: [EarlyvangelistSign] = []
    for line in notes.split(whereSeparator: \.isNewline) {
      let text = QuestionChecker.stripBullet(String(line))
      guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      let analysis = lexicon.analyze(text)
      findings.append(Finding(kind: kind(of: analysis), text: text))
      var seen: Set<String> = []
      for hit in analysis.hits where hit.role == .earlyvangelist && !hit.conditional {
        // "spent no money looking for a fix": a negation anywhere in the clause counts.
        let negated = (hit.match.start..<hit.match.end).contains { analysis.negatedTokens[$0] }
        if !negated, let sign = analysis.group(of: hit).sign, seen.insert(sign).inserted {
          signs.append(EarlyvangelistSign(sign: sign, text: text))
        }
      }
    }
    return NotesReading(findings: findings, earlyvangelist: signs)
  }

  /// The kind of one line.
  func kind(of analysis: TextAnalysis) -> Finding.Kind {
    guard let model else { return Self.kind(of: analysis.hits, tokens: analysis.tokens) ?? .fact }
    let best = LinearModel.best(model.scores(NoteFeatures.vector(analysis)))
    return Finding.Kind(rawValue: model.outputs[best]) ?? .fact
  }

  /// What the rules make of a line, most telling kind first; `nil` when no phrase speaks.
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
