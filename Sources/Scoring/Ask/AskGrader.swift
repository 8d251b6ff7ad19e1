/// Grades the ask a founder plans or makes.
///
/// Four tests: is it concrete (what, when, who), does it cost them something, is it right-sized
/// for the stage, and does it give them a real chance to say no?
public struct AskGrader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon

  /// Creates a grader.
  ///
  /// - Parameter lexicon: The lexicon, usually from ``LexiconLoader``.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// The currencies an ask or plan names, ignoring modals ("could you...") and negation.
  static func currencies(in analysis: TextAnalysis) -> Set<Currency> {
    Set(analysis.hits(.commit).flatMap { analysis.group(of: $0).currencies })
  }

  /// Grades an ask.
  ///
  /// - Parameters:
  ///   - ask: The ask, as the founder would say it.
  ///   - stage: How far along the founder is.
  /// - Returns: The grade, what is missing and a better wording.
  public func grade(_ ask: String, stage: Stage) -> AskGrade {
    let analysis = lexicon.analyze(ask)
    // In an ask, "could you" and "would you" are politeness, not hypotheticals.
    let action = analysis.hits(.commit).first { !analysis.group(of: $0).currencies.isEmpty }
    let currencies = action.map { Set(analysis.group(of: $0).currencies) } ?? []
    let when = analysis.hits.first { $0.role == .date || $0.role == .time }
    let who = analysis.hits.first { $0.role == .person || $0.role == .role }
    let isIntro = action.map { analysis.group(of: $0).currencies.contains(.reputation) } ?? false
    let addressed = analysis.tokens.contains { $0.text == "you" || $0.text == "we" }
    let open = analysis.hits(.openAsk).first
    let closed = !analysis.hits(.closedAsk).isEmpty || analysis.tokens.contains { $0.text == "?" }
    var score = 0
    var strengths: [String] = []
    var missing: [String] = []

    if let action {
      score += 25
      strengths.append("asks for something specific: \u{201C}\(analysis.quote(action))\u{201D}")
    } else {
      missing.append(
        "what: name the one thing they would do (an intro, a meeting, a pilot, a pre-order)")
    }
    if !currencies.isEmpty {
      score += 15
      strengths.append(
        "it costs them \(ReplyReading.list(currencies.sorted().map(\.rawValue))), so a yes means something"
      )
    } else {
      missing.append("something they give up: time, their reputation or money")
    }
    if let when {
      score += 15
      strengths.append("it says when: \u{201C}\(analysis.quote(when))\u{201D}")
    } else {
      missing.append("when: a day and a time, not \u{201C}sometime\u{201D}")
    }
    if who != nil || (!isIntro && addressed) {
      score += 15
    } else {
      missing.append(
        isIntro ? "who: name the person or role you want to meet" : "who: say who would take part")
    }
    switch (stage, currencies.isEmpty) {
    case (_, true):
      missing.append(
        "right size: early, an intro or a meeting; later, a pilot, an LOI or a pre-order")
    case (.early, false) where currencies == [.money]:
      score += 8
      missing.append(
        "right size: money this early is a big ask; an intro or a trial may fit better")
    case (.later, false)
    where currencies == [.time] && action.map { analysis.group(of: $0).signal != "trial" } ?? true:
      score += 5
      missing.append(
        "right size: at this stage ask for more than a meeting: a pilot, an LOI, a pre-order")
    default:
      score += 15
      strengths.append("right-sized for the \(stage.rawValue) stage")
    }
    if let open {
      missing.append(
        "a real chance to say no: \u{201C}\(analysis.quote(open))\u{201D} invites a polite maybe")
    } else if closed {
      score += 15
      strengths.append("it can be answered yes or no")
    } else {
      missing.append("a real chance to say no: end with a question they can answer yes or no")
    }
    return AskGrade(
      ask: ask, score: score, grade: AskGrade.letter(for: score), strengths: strengths,
      missing: missing,
      better: betterWording(
        analysis, action: action, when: when, who: who, isIntro: isIntro, stage: stage))
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
  private func betterWording(
    _ analysis: TextAnalysis, action: TextAnalysis.Hit?, when: TextAnalysis.Hit?,
    who: TextAnalysis.Hit?, isIntro: Bool, stage: Stage
  ) -> String {
    let closing = " A no is fine too; it helps me as much as a yes."
    guard let action else {
      switch stage {
      case .early:
        return
          "Would you introduce me to [the person who owns this problem] this week, so I can learn how they handle it?"
          + closing
      case .later:
        return "Would you start a paid pilot with [your team] on [a date], at [a price]?" + closing
      }
    }
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
    let hedges: Set<String> = ["maybe", "perhaps", "possibly", "so", "just"]
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
    let isMoney = analysis.group(of: action).currencies.contains(.money)
    let hasAmount = analysis.hits.contains { $0.role == .amount }
    if isMoney && !hasAmount { core += " for [amount]" }
    if when == nil { core += isMoney ? " by [date]" : " on [day] at [time]" }
    return core + "?" + closing
  }
}
