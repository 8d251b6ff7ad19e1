import Vocabulary

/// What the rules find in an ask: the action, what it costs, when, who, and how it ends.
struct AskEvidence {
  let analysis: TextAnalysis
  /// The first phrase that asks them to give something up.
  let action: TextAnalysis.Hit?
  /// What that action costs them.
  let currencies: Set<Currency>
  let when: TextAnalysis.Hit?
  let who: TextAnalysis.Hit?
  /// The action is an introduction.
  let isIntro: Bool
  /// It speaks to them ("you", "we").
  let addressed: Bool
  /// An opening that invites a maybe ("what do you think", "let me know").
  let open: TextAnalysis.Hit?
  /// It can be answered yes or no.
  let closed: Bool
  /// Whether a money ask is there at all (a deposit, an LOI, a pre-order).
  var asksMoney: Bool { currencies.contains(.money) }

  init(_ analysis: TextAnalysis) {
    self.analysis = analysis
    // In an ask, "could you" and "would you" are politeness, not hypotheticals.
    let action = analysis.hits(.commit).first { !analysis.group(of: $0).currencies.isEmpty }
    self.action = action
    currencies = AskGrader.currencies(in: analysis)
    when = analysis.hits.first { $0.role == .date || $0.role == .time }
    who = analysis.hits.first { $0.role == .person || $0.role == .role }
    isIntro = action.map { analysis.group(of: $0).currencies.contains(.reputation) } ?? false
    addressed = analysis.tokens.contains { $0.text == "you" || $0.text == "we" }
    open = analysis.hits(.openAsk).first
    closed = !analysis.hits(.closedAsk).isEmpty || analysis.tokens.contains { $0.text == "?" }
  }

  /// The size of the ask against the stage, by the rules.
  func sizeGap(for stage: Stage) -> AskGap? {
    guard !currencies.isEmpty else { return nil }
    switch stage {
    // Money in a first conversation: a prepayment before they know you.
    case .first where currencies.contains(.money): return .tooBig
    case .closing
    where currencies == [.time] && action.map { analysis.group(of: $0).signal != "trial" } ?? true:
      return .tooSmall
    default: return nil
    }
  }

  /// The gaps the rules see, in the order a founder fixes them.
  func gaps(for stage: Stage) -> [AskGap] {
    var gaps: [AskGap] = []
    if action == nil { gaps.append(.what) }
    if currencies.isEmpty { gaps.append(.cost) }
    if when == nil { gaps.append(.when) }
    if who == nil && (isIntro || !addressed) { gaps.append(.who) }
    if let size = sizeGap(for: stage) { gaps.append(size) }
    if open != nil || !closed { gaps.append(.noChanceToSayNo) }
    return gaps
  }
}
