import Vocabulary

/// Reads a prospect's reply: a commitment, a hedge or a rejection, and why.
///
/// The framework's test is what they give up: time, reputation or money, concretely. A learned
/// model weighs the words, the lexicon's phrases (with their negation and condition scope) and
/// the rules' reading; the reasons quote the phrases that weighed most. Only the prospect's
/// words count: in a transcript with speaker labels, the founder's lines are left out.
public struct Interpreter: Sendable {
  /// The phrases and weights.
  public let lexicon: Lexicon
  /// The learned verdict and currency models; without them the rules decide.
  public let models: JudgeModels

  /// Creates an interpreter.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon, usually from ``LexiconLoader``.
  ///   - models: The judge's weights; the bundled ones by default.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    self.models = models
  }

  static let anchorRoles: Set<LexiconRole> = [.date, .time, .person, .role, .amount, .document]
  static let anchorKinds: Set<String> = Set(anchorRoles.map(\.rawValue))

  /// Interprets one reply.
  ///
  /// - Parameter text: The reply as they said or wrote it, or a transcript of the exchange.
  /// - Returns: The verdict, currencies, strength, signals and reasons.
  public func interpret(_ text: String) -> Interpretation {
    let reading = Self.reading(of: text, lexicon: lexicon)
    var interpretation =
      models.replyVerdict.map {
        LearnedReading(reading: reading, verdictModel: $0, currencyModel: models.replyCurrency)
          .interpretation
      } ?? reading.interpretation
    interpretation.text = text
    return interpretation
  }

  /// The rules' reading of the prospect's words alone: what the models' features are drawn
  /// from, here and in training.
  static func reading(of text: String, lexicon: Lexicon) -> ReplyReading {
    ReplyReading(lexicon.analyze(SpeakerTurns.prospectWords(text)))
  }
}

/// The evidence of one reply sorted into piles, and the verdict drawn from them.
struct ReplyReading {
  let analysis: TextAnalysis
  var concrete: [TextAnalysis.Hit] = []
  var vague: [TextAnalysis.Hit] = []
  var conditional: [TextAnalysis.Hit] = []
  var negated: [TextAnalysis.Hit] = []
  var notNowNegated: [TextAnalysis.Hit] = []
  var stalls: [TextAnalysis.Hit] = []
  var rejections: [TextAnalysis.Hit] = []
  var compliments: [TextAnalysis.Hit] = []
  var vagueTimes: [TextAnalysis.Hit] = []
  var anchors: [TextAnalysis.Hit] = []
  /// A day and a clock time offered without a meeting verb: "Tuesday at 3 works".
  var implicitMeeting: (day: TextAnalysis.Hit, clock: TextAnalysis.Hit)?
  /// A senior third party brought into a meeting: "I'll bring our CFO".
  var attendee: TextAnalysis.Hit?
  /// Clauses that are a bare "no".
  var bareNos = 0

  init(_ analysis: TextAnalysis) {
    self.analysis = analysis
    anchors = analysis.hits.filter { Interpreter.anchorRoles.contains($0.role) }
    let present = Set(anchors.map(\.role))
    let hasClock = anchors.contains {
      $0.role == .time && analysis.group(of: $0).signal == "clock"
    }
    let notNowSentences = Set(
      analysis.hits(.stall).filter { analysis.group(of: $0).signal == "not-now" }.map(\.sentence))
    vagueTimes = analysis.hits(.vague).filter { !$0.negated }
    let vagueSentences = Set(vagueTimes.map(\.sentence))
    let questions = Self.yesNoQuestions(analysis)
    for hit in analysis.hits(.commit) {
      let group = analysis.group(of: hit)
      // "Do you have any case studies?": a question back gives nothing up.
      if questions.contains(hit.sentence) {
        conditional.append(hit)
        continue
      }
      // "would never install" is a refusal, even under a modal.
      if hit.negated {
        if notNowSentences.contains(hit.sentence) {
          notNowNegated.append(hit)
        } else {
          negated.append(hit)
        }
      } else if hit.conditional {
        conditional.append(hit)
      } else if group.currencies.isEmpty {
        continue
      } else if !group.needs.isEmpty,
        !group.needs.contains(where: present.contains)
          || (vagueSentences.contains(hit.sentence) && !hasClock)
      {
        vague.append(hit)
      } else {
        concrete.append(hit)
      }
    }
    stalls = analysis.hits(.stall).filter { !$0.negated }
    // Real calendar time: a day and a clock time, offered plainly, is a meeting.
    let firm = anchors.filter { !$0.negated && !$0.conditional }
    if let clock = firm.first(where: {
      $0.role == .time && analysis.group(of: $0).signal == "clock"
    }),
      let day = firm.first(where: { $0.role == .date })
    {
      implicitMeeting = (day, clock)
    }
    let givesTime =
      implicitMeeting != nil
      || concrete.contains { analysis.group(of: $0).currencies.contains(.time) }
    if givesTime {
      // Only someone senior puts the prospect's name on the line; a colleague is just time.
      // A title inside a commit phrase ("design partner") names the deal, not a person.
      let commitSpans = analysis.hits(.commit).map { $0.match.start..<$0.match.end }
      attendee = firm.first { hit in
        let named = hit.role == .person && Self.isPersonName(hit, in: analysis)
        let senior = hit.role == .role && analysis.group(of: hit).signal == "senior"
        return (named || senior)
          && !commitSpans.contains { $0.overlaps(hit.match.start..<hit.match.end) }
      }
    }
    let tokens = analysis.tokens
    for (index, token) in tokens.enumerated() where ["no", "nope", "nah"].contains(token.text) {
      let before =
        index == 0 || tokens[index - 1].isPunctuation
        || ["but", "so", "and"].contains(tokens[index - 1].text)
      let after = index + 1 == tokens.count || tokens[index + 1].isPunctuation
      if before && after { bareNos += 1 }
    }
    rejections = analysis.hits(.rejection).filter { !$0.negated && !$0.conditional }
    compliments = analysis.hits(.compliment).filter { !$0.negated }
  }

  private static let bringingWords: Set<String> = [
    "get", "bring", "ask", "invite", "grab", "cc",
  ]

  /// Whether a capitalised word reads as a person brought along ("ask Raj from IT", "bring
  /// Tom"), not a place, a product or someone merely mentioned.
  static func isPersonName(_ hit: TextAnalysis.Hit, in analysis: TextAnalysis) -> Bool {
    let tokens = analysis.tokens
    let before = hit.match.start > 0 ? tokens[hit.match.start - 1].text : ""
    let after = hit.match.end < tokens.count ? tokens[hit.match.end].text : ""
    return bringingWords.contains(before) || after == "from"
  }

  private static let auxiliaries: Set<String> = [
    "do", "does", "did", "is", "are", "was", "have", "has", "could", "would", "should",
  ]

  /// The sentences that are yes/no questions: they open with an auxiliary and end with "?".
  static func yesNoQuestions(_ analysis: TextAnalysis) -> Set<Int> {
    var result: Set<Int> = []
    var opening: Int?
    for (index, token) in analysis.tokens.enumerated() {
      if opening == nil, !token.isPunctuation { opening = index }
      if token.endsSentence {
        if token.text == "?", let first = opening,
          auxiliaries.contains(analysis.tokens[first].text)
        {
          result.insert(analysis.sentenceOfToken[first])
        }
        opening = nil
      }
    }
    return result
  }

  private func weight(_ hits: [TextAnalysis.Hit]) -> Int {
    hits.reduce(0) { $0 + analysis.group(of: $1).weight }
  }

  var verdict: Verdict {
    if !concrete.isEmpty || implicitMeeting != nil { return .commitment }
    let rejectScore = weight(rejections) + weight(negated) + 35 * bareNos
    // A verb without its anchor ("signed", "schedule") is a weak sign of interest, not a stall.
    let stallScore =
      weight(stalls) + weight(notNowNegated) + 10 * vague.count + weight(conditional)
    if rejectScore > 0 && rejectScore > stallScore { return .rejection }
    return .hedge
  }

  /// The currencies the rules see, as if the reply were a commitment (time when they see none).
  var currenciesIfCommitted: [Currency] {
    let currencies = stepCurrencies
    return currencies.isEmpty ? [.time] : currencies.sorted()
  }

  var currencies: [Currency] {
    verdict == .commitment ? stepCurrencies.sorted() : []
  }

  /// What the concrete steps, real calendar time and anyone senior brought in cost them.
  private var stepCurrencies: Set<Currency> {
    var currencies = Set(concrete.flatMap { analysis.group(of: $0).currencies })
    // "$3k for the pilot": a trial with a price is a paid pilot.
    let pricedSentences = Set(anchors.filter { $0.role == .amount }.map(\.sentence))
    if concrete.contains(where: {
      analysis.group(of: $0).signal == "trial" && pricedSentences.contains($0.sentence)
    }) {
      currencies.insert(.money)
    }
    if implicitMeeting != nil { currencies.insert(.time) }
    if attendee != nil { currencies.insert(.reputation) }
    return currencies
  }

  var interpretation: Interpretation {
    let verdict = verdict
    let currencies = currencies
    return Interpretation(
      text: analysis.text, verdict: verdict, currencies: currencies,
      strength: strength(verdict, currencies), signals: signals(verdict),
      reasons: reasons(verdict, currencies))
  }

  private func strength(_ verdict: Verdict, _ currencies: [Currency]) -> Int {
    switch verdict {
    case .commitment:
      let anchorKinds = Set(anchors.map(\.role)).count
      let money = currencies.contains(.money) ? 10 : 0
      let raw =
        50 + weight(concrete) / 2 + 5 * anchorKinds + 8 * (currencies.count - 1) + money
        - 3 * stalls.count
      return min(100, max(50, raw))
    case .hedge:
      let interest = vague.isEmpty && conditional.isEmpty ? 0 : 10
      let raw = 15 + interest + min(9, 3 * compliments.count) - 2 * stalls.count
      return min(45, max(10, raw))
    case .rejection:
      return max(0, 10 - weight(rejections + negated) / 10)
    }
  }

  func signals(_ verdict: Verdict) -> [Signal] {
    var hits = anchors
    if verdict == .commitment { hits += concrete }
    var seen: Set<Signal> = []
    var result: [(Int, Signal)] = []
    for hit in hits {
      let group = analysis.group(of: hit)
      let kind = hit.role == .commit ? (group.signal ?? "commitment") : hit.role.rawValue
      let signal = Signal(kind: kind, text: analysis.quote(hit))
      if seen.insert(signal).inserted { result.append((hit.match.start, signal)) }
    }
    return result.sorted { $0.0 < $1.0 }.map(\.1)
  }

  private func quoted(_ hit: TextAnalysis.Hit) -> String {
    "\u{201C}\(analysis.quote(hit))\u{201D}"
  }

  /// The words from the negator that flips a hit to the hit's end.
  private func negatedQuote(_ hit: TextAnalysis.Hit) -> String {
    let negator = analysis.hits(.negator).last {
      $0.match.start < hit.match.start && $0.sentence == hit.sentence
    }
    let start = negator?.match.start ?? hit.match.start
    return "\u{201C}\(analysis.quote(from: start, to: hit.match.end))\u{201D}"
  }

  func reasons(_ verdict: Verdict, _ currencies: [Currency]) -> [String] {
    var reasons = [Self.headline(verdict, currencies)]
    switch verdict {
    case .commitment:
      for hit in concrete {
        reasons.append(
          "\(analysis.group(of: hit).reason ?? "a concrete next step"): \(quoted(hit))")
      }
      if let (day, clock) = implicitMeeting {
        reasons.append("they offered real calendar time: \(quoted(day)) \(quoted(clock))")
      }
      if let attendee {
        reasons.append("they bring \(quoted(attendee)) into it, so their name is on it too")
      }
      let details = anchors.map { "\($0.role.rawValue) \(quoted($0))" }
      if !details.isEmpty {
        reasons.append("concrete details: \(Self.list(Array(details.prefix(4))))")
      }
    case .hedge:
      break
    case .rejection:
      for hit in rejections.prefix(2) {
        reasons.append("\(analysis.group(of: hit).reason ?? "a clear no"): \(quoted(hit))")
      }
      for hit in negated.prefix(2) {
        reasons.append("they declined: \(negatedQuote(hit))")
      }
      if bareNos > 0 { reasons.append("they said a plain \u{201C}no\u{201D}") }
    }
    for hit in negated where verdict != .rejection {
      reasons.append("\(negatedQuote(hit)) is negated, so it does not count")
    }
    for hit in notNowNegated {
      reasons.append("\(negatedQuote(hit)) is a no for now, not a no for ever")
    }
    for hit in conditional {
      reasons.append(
        "\(quoted(hit)) depends on a condition or a hypothetical, so it is not a promise")
    }
    for hit in vague where verdict == .hedge {
      let vagueWords = vagueTimes.first { $0.sentence == hit.sentence }
      let because = vagueWords.map { " (\(quoted($0)) is not a date)" } ?? ""
      reasons.append(
        "\(quoted(hit)) has nothing concrete attached: no date, person, amount or document\(because)"
      )
    }
    if verdict != .commitment {
      for hit in stalls.prefix(2) where analysis.group(of: hit).signal != "not-now" {
        reasons.append("\(analysis.group(of: hit).reason ?? "a stall"): \(quoted(hit))")
      }
      if !compliments.isEmpty {
        let words = compliments.prefix(3).map(quoted)
        reasons.append("compliments cost nothing: \(Self.list(words))")
      }
      if verdict == .hedge && reasons.count == 1 {
        reasons.append("no date, person, amount or document was offered")
      }
    }
    return reasons
  }

  /// The first reason, the verdict in words.
  static func headline(_ verdict: Verdict, _ currencies: [Currency]) -> String {
    switch verdict {
    case .commitment: "a commitment: they give up \(list(currencies.map(\.rawValue)))"
    case .hedge: "a hedge: nothing concrete was given up"
    case .rejection: "a rejection: a clear no is useful, it frees you to move on"
    }
  }

  static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: ""
    case 1: items[0]
    case 2: "\(items[0]) and \(items[1])"
    default: items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
