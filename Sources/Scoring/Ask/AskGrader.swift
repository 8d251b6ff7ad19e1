import Vocabulary

/// Grades the ask a founder plans or makes, for the stage they are at.
///
/// A learned model decides good or weak from the words and the rules' findings (is there one
/// concrete thing to do, does it cost them something, when, who, is it right-sized for the
/// stage, can they say no); the rules name what is missing and write a better wording.
public struct AskGrader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon
  /// The judge's weights.
  public let models: JudgeModels
  /// The learned model, read on first use (building a reader decodes nothing); without it
  /// the rules decide.
  public var model: LinearModel? { models.ask }

  /// Creates a grader.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon, usually from ``LexiconLoader``.
  ///   - models: The judge's weights; the bundled ones by default.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    self.models = models
  }

  /// The currencies an ask or plan names, ignoring modals ("could you...") and negation.
  static func currencies(in analysis: TextAnalysis) -> Set<Currency> {
    Set(analysis.hits(.commit).flatMap { analysis.group(of: $0).currencies })
  }

  /// Grades an ask.
  ///
  /// - Parameters:
  ///   - ask: The ask, as the founder would say it.
  ///   - stage: How far along the founder is with them.
  /// - Returns: The grade, what is missing and a better wording.
  public func grade(_ ask: String, stage: Stage) -> AskGrade {
    let analysis = lexicon.analyze(ask)
    let evidence = AskEvidence(analysis)
    var gaps = evidence.gaps(for: stage)
    var strengths: [String] = []
    if let action = evidence.action {
      strengths.append("asks for something specific: \u{201C}\(analysis.quote(action))\u{201D}")
    }
    if !evidence.currencies.isEmpty {
      let names = ReplyReading.list(evidence.currencies.sorted().map(\.rawValue))
      strengths.append("it costs them \(names), so a yes means something")
    }
    if let when = evidence.when {
      strengths.append("it says when: \u{201C}\(analysis.quote(when))\u{201D}")
    }
    var reasons: [String] = []
    let score: Int
    if let model {
      let features = AskFeatures.vector(evidence, stage: stage)
      let probability = model.probabilities(model.scores(features))[0]
      score = Self.score(probability)
      let good = score >= AskGrade.good
      let quotes = Evidence.phrases(
        features, model: model, output: 0, against: nil, in: analysis)
      if good {
        reasons = quotes.map {
          "\u{201C}\($0)\u{201D} \u{2192} a good ask for the \(stage.rawValue) stage"
        }
      } else {
        let against = Evidence.phrases(
          features, model: model, output: 0, against: nil, in: analysis, sign: -1)
        reasons = against.map { "\u{201C}\($0)\u{201D} \u{2192} weakens the ask" }
        if gaps.isEmpty { gaps.append(evidence.currencies.isEmpty ? .cost : .noChanceToSayNo) }
      }
    } else {
      score = Self.ruleScore(gaps)
    }
    let good = score >= AskGrade.good
    if good {
      // The model found one concrete thing to do that costs them something, even where no
      // phrase of the lexicon names it: what is left are ways to sharpen it.
      gaps.removeAll { [.what, .cost, .tooSmall].contains($0) }
    }
    let better =
      good && evidence.action == nil
      ? Substring(ask).trimmingSpaces() : betterWording(evidence, stage: stage)
    return AskGrade(
      ask: ask, stage: stage, score: score, gaps: gaps, strengths: strengths, reasons: reasons,
      better: better)
  }

  /// A day and the time beside it as one phrase: "Thursday at 10".
  static func quoteWhen(_ when: TextAnalysis.Hit, _ analysis: TextAnalysis) -> String {
    var end = when.match.end
    for hit in analysis.hits
    where (hit.role == .date || hit.role == .time)
      && hit.match.start >= end && hit.match.start <= end + 1
    {
      end = hit.match.end
    }
    return analysis.quote(from: when.match.start, to: end)
  }

  /// A probability of a good ask as 0–100, with one half at the good line (70).
  static func score(_ probability: Float) -> Int {
    let good = Float(AskGrade.good)
    let value =
      probability < 0.5 ? probability * 2 * good : good + (probability - 0.5) * 2 * (100 - good)
    return min(100, max(0, Int(value.rounded())))
  }

  /// The rules' points when there is no model: 100 less each gap's cost.
  static func ruleScore(_ gaps: [AskGap]) -> Int {
    let cost: [AskGap: Int] = [
      .what: 25, .cost: 15, .when: 15, .who: 15, .tooBig: 7, .tooSmall: 10, .noChanceToSayNo: 15,
    ]
    return max(0, 100 - gaps.reduce(0) { $0 + (cost[$1] ?? 0) })
  }

  private static let openers: Set<String> = [
    "could", "can", "would", "will", "shall", "let", "are", "is", "do",
  ]

  /// Verbs for commit phrases that are only a noun ("a pilot?"), by signal.
  private static let verbs: [String: String] = [
    "trial": "start", "meeting": "meet for", "deposit": "put down", "document": "sign",
    "endorsement": "give us", "budget": "set aside",
  ]

  private static let knownVerbs: Set<String> = [
    "book", "schedule", "meet", "introduce", "intro", "connect", "put", "get", "sign", "send",
    "pay", "buy", "purchase", "try", "test", "run", "start", "give", "set", "join", "walk",
    "review",
    "pre", "loop", "bring", "share", "write", "be", "do", "come", "show", "install", "use",
  ]

  /// Rewrites the founder's sentence: keeps their words for the action and the people, drops the
  /// hedging ("maybe", "sometime", "let me know"), and adds slots for what is missing.
  private func betterWording(_ evidence: AskEvidence, stage: Stage) -> String {
    let analysis = evidence.analysis
    let closing = " A no is fine too; it helps me as much as a yes."
    let rightSized = evidence.sizeGap(for: stage) == nil
    guard let action = evidence.action, rightSized else {
      // No action, or one the wrong size for the stage: offer one that fits, keeping the
      // founder's date and person.
      let when = evidence.when.map { " " + analysis.quote($0) } ?? " on [day] at [time]"
      let who = evidence.who.map { analysis.quote($0) }
      switch stage {
      case .first:
        return
          "Would you introduce me to \(who ?? "[the person who owns this problem]")\(when), so I can learn how they handle it?"
          + closing
      case .followUp:
        return "Could we run a trial on your own data with \(who ?? "[your team]")\(when)?"
          + closing
      case .closing:
        return "Would you start a paid pilot with \(who ?? "[your team]")\(when), at [a price]?"
          + closing
      }
    }
    let when = evidence.when
    let who = evidence.who
    let tokens = analysis.tokens
    // The clause of the action: "we'd love feedback, maybe we could book a demo?" keeps the second.
    var start = action.match.start
    while start > 0, !tokens[start - 1].isPunctuation { start -= 1 }
    var end = action.match.end
    while end < tokens.count, !tokens[end].isPunctuation { end += 1 }
    var dropped = Set<Int>()
    for hit in analysis.hits where hit.role == .openAsk || hit.role == .vague {
      dropped.formUnion(hit.match.start..<hit.match.end)
    }
    let hedges: Set<String> = [
      "maybe", "perhaps", "possibly", "so", "just", "consider", "considering", "eventually",
    ]
    // "think about purchasing": the thinking is the hedge, the purchase is the ask.
    for index in tokens.indices.dropLast()
    where ["think", "thinking"].contains(tokens[index].text)
      && tokens[index + 1].text == "about"
    {
      dropped.formUnion(index...(index + 1))
    }
    var kept = (start..<end).filter { !dropped.contains($0) && !hedges.contains(tokens[$0].text) }
    var lead = ""
    if kept.count > 2, ["you", "we"].contains(tokens[kept[0]].text),
      Self.openers.contains(tokens[kept[1]].text)
    {
      // "you could intro me" becomes "Could you intro me".
      let modal = tokens[kept[1]].text
      lead = modal.prefix(1).uppercased() + modal.dropFirst() + " " + tokens[kept[0]].text + " "
      kept.removeFirst(2)
    } else if let first = kept.first, Self.openers.contains(tokens[first].text) {
      lead = ""
    } else {
      let actionWord = tokens[action.match.start].text
      let verb =
        Self.knownVerbs.contains(actionWord)
        ? "" : (Self.verbs[analysis.group(of: action).signal ?? ""].map { $0 + " " } ?? "")
      lead = "Would you " + verb
    }
    var runs: [String] = []
    var runStart: Int?
    var previous = -2
    for index in kept {
      if index != previous + 1, let first = runStart {
        runs.append(analysis.quote(from: first, to: previous + 1))
        runStart = nil
      }
      if runStart == nil { runStart = index }
      previous = index
    }
    if let first = runStart { runs.append(analysis.quote(from: first, to: previous + 1)) }
    var core = runs.joined(separator: " ")
    if lead.isEmpty {
      core = core.prefix(1).uppercased() + core.dropFirst()
    } else if lead.hasPrefix("Would you"), let first = kept.first,
      ["you", "we", "i"].contains(tokens[first].text) == false
    {
      core = core.prefix(1).lowercased() + core.dropFirst()
    }
    core = lead + core
    // "Would you purchasing…", once "think about" is gone, reads "Would you go ahead with
    // purchasing…".
    let words = core.split(separator: " ", maxSplits: 3)
    if words.count >= 3, Self.openers.contains(words[0].lowercased()), words[1] == "you",
      words[2].hasSuffix("ing")
    {
      core = "\(words[0]) you go ahead with " + words.dropFirst(2).joined(separator: " ")
    }
    let isMoney = analysis.group(of: action).currencies.contains(.money)
    // The founder's own details stay, even when they sit outside the action's clause.
    let keptRange = (kept.first ?? start)..<((kept.last ?? start) + 1)
    for detail in [who, analysis.hits.first { $0.role == .amount }].compactMap({ $0 })
    where !keptRange.contains(detail.match.start) {
      core += (detail.role == .amount ? " for " : " with ") + analysis.quote(detail)
    }
    if isMoney && !analysis.hits.contains(where: { $0.role == .amount }) { core += " for [amount]" }
    if let when {
      if !keptRange.contains(when.match.start) { core += " " + Self.quoteWhen(when, analysis) }
    } else {
      core += isMoney ? " by [date]" : " on [day] at [time]"
    }
    return core + "?" + closing
  }
}
