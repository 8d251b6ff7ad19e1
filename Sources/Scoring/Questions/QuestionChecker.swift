/// Checks planned learning questions: past behaviour and specifics are good; hypotheticals,
/// compliment fishing, leading questions, pitching and generic questions are flagged.
public struct QuestionChecker: Sendable {
  /// The phrases and hints.
  public let lexicon: Lexicon

  /// Creates a checker.
  ///
  /// - Parameter lexicon: The lexicon, usually from ``LexiconLoader``.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

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
    return QuestionCheck(text: question, asksAboutBehaviour: behaviour, flags: flags)
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
    String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
  }
}
