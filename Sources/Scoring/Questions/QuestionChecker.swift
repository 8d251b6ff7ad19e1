/// Checks planned learning questions: past behaviour and specifics are good; hypotheticals,
/// compliment fishing, leading questions, pitching and generic questions are flagged.
public struct QuestionChecker: Sendable {
  /// The phrases and hints.
  public let lexicon: Lexicon

  /// Creates a checker.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon, usually from ``LexiconLoader``.
  ///   - models: The judge's weights; the bundled ones by default.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    self.models = models
  }

  /// The judge's weights.
  public let models: JudgeModels
  /// The learned model, read on first use (building a reader decodes nothing); without it
  /// the rules decide.
  public var model: LinearModel? { models.question }

  private static let kinds: [LexiconRole: QuestionFlag.Kind] = [
    .hypothetical: .hypothetical, .complimentFishing: .complimentFishing, .leading: .leading,
    .pitching: .pitching, .generic: .generic,
  ]

  /// Checks questions written one a line, with or without bullets or numbers.
  ///
  /// - Parameter questions: The planned questions.
  /// - Returns: One result per non-empty line, in order.
  public func check(_ questions: String) -> [QuestionCheck] {
    questions.split(whereSeparator: \.isNewline).compactMap { line in
      let text = Self.stripBullet(String(line))
      return text.isEmpty ? nil : checkOne(text)
    }
  }

  /// Checks one question.
  ///
  /// - Parameter question: The question.
  /// - Returns: Its flags, each with a hint.
  public func checkOne(_ question: String) -> QuestionCheck {
    let analysis = lexicon.analyze(question)
    let behaviour = analysis.hits.contains { $0.role == .pastBehaviour }
    var flags = ruleFlags(analysis)
    if let model {
      flags = learnedFlags(analysis, ruleFlags: flags, model: model)
    }
    return QuestionCheck(text: question, asksAboutBehaviour: behaviour, flags: flags)
  }

  /// The flags the lexicon and the question's shape raise: the model's features, and its
  /// reasons for a bad question.
  func ruleFlags(_ analysis: TextAnalysis) -> [QuestionFlag] {
    let behaviour = analysis.hits.contains { $0.role == .pastBehaviour }
    var flags: [QuestionFlag] = []
    var seen: Set<QuestionFlag.Kind> = []
    for hit in analysis.hits {
      guard let kind = Self.kinds[hit.role] else { continue }
      // "What was the biggest problem last week?" is specific enough.
      if kind == .generic && behaviour { continue }
      guard seen.insert(kind).inserted else { continue }
      let hint = analysis.group(of: hit).hint ?? "ask about a specific thing they did"
      flags.append(QuestionFlag(kind: kind, text: analysis.quote(hit), hint: hint))
    }
    if !seen.contains(.leading), let tag = Self.leadingShape(analysis) {
      let hint = lexicon.groups(.leading).first?.hint ?? "ask it neutrally"
      flags.append(QuestionFlag(kind: .leading, text: tag, hint: hint))
    }
    return flags
  }

  /// The kinds of the question model that make a good question.
  static let goodKinds: Set<String> = ["past", "specifics", "workaround"]
  /// The flag each bad kind of the model stands for.
  static let flagKinds: [String: QuestionFlag.Kind] = [
    "hypothetical": .hypothetical, "fishing": .complimentFishing, "leading": .leading,
    "pitching": .pitching, "generic": .generic,
  ]

  /// The model decides good or bad; a bad question keeps the rules' flags, or gets the model's
  /// likeliest bad kind, quoting the words that weighed most.
  private func learnedFlags(_ analysis: TextAnalysis, ruleFlags: [QuestionFlag], model: LinearModel)
    -> [QuestionFlag]
  {
    let features = QuestionFeatures.vector(analysis, flags: ruleFlags)
    let probabilities = model.probabilities(model.scores(features))
    let good = model.outputs.indices.filter { Self.goodKinds.contains(model.outputs[$0]) }
      .reduce(Float(0)) { $0 + probabilities[$1] }
    guard good <= 0.5 else { return [] }
    guard ruleFlags.isEmpty else { return ruleFlags }
    let bad = model.outputs.indices.filter { Self.flagKinds[model.outputs[$0]] != nil }
    guard let worst = bad.max(by: { probabilities[$0] < probabilities[$1] }),
      let kind = Self.flagKinds[model.outputs[worst]]
    else { return [] }
    let quote =
      Evidence.phrases(features, model: model, output: worst, against: nil, in: analysis, limit: 1)
      .first ?? analysis.text
    let role: LexiconRole =
      switch kind {
      case .hypothetical: .hypothetical
      case .complimentFishing: .complimentFishing
      case .leading: .leading
      case .pitching: .pitching
      case .generic: .generic
      }
    let hint = lexicon.groups(role).first?.hint ?? "ask about a specific thing they did"
    return [QuestionFlag(kind: kind, text: quote, hint: hint)]
  }

  private static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "do", "does", "did", "would", "could", "can", "will", "have", "has",
    "should",
  ]

  /// Finds the shapes of a leading question: it opens with a negative ("Don't you...",
  /// "Isn't it...") or ends with a tag ("..., don't they?", "..., right?").
  static func leadingShape(_ analysis: TextAnalysis) -> String? {
    let words = analysis.tokens.indices.filter { !analysis.tokens[$0].isPunctuation }
    guard words.count >= 2 else { return nil }
    let first = analysis.tokens[words[0]]
    let second = analysis.tokens[words[1]]
    if auxiliaries.contains(first.text) && second.text == "not" {
      return analysis.quote(from: words[0], to: words[1] + 1)
    }
    // A tag: the last clause is only "right" or an auxiliary, "not" and a pronoun.
    guard let comma = analysis.tokens.lastIndex(where: { $0.text == "," }) else { return nil }
    let tail = words.filter { $0 > comma }.map { analysis.tokens[$0].text }
    if tail == ["right"] || (tail.count == 3 && auxiliaries.contains(tail[0]) && tail[1] == "not") {
      return analysis.quote(from: comma + 1, to: analysis.tokens.count)
    }
    return nil
  }

  /// Removes a leading "-", "*", "•", "1." or "2)" and surrounding spaces.
  static func stripBullet(_ line: String) -> String {
    var text = Substring(line).drop { $0 == " " || $0 == "\t" }
    if let first = text.first, "-*•+>".contains(first) {
      text = text.dropFirst()
    } else {
      let digits = text.prefix { $0.isNumber }
      let rest = text.dropFirst(digits.count)
      if !digits.isEmpty, let mark = rest.first, mark == "." || mark == ")" {
        text = rest.dropFirst()
      }
    }
    return text.trimmingSpaces()
  }
}

extension Substring {
  func trimmingSpaces() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
