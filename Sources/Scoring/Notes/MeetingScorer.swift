import Vocabulary

/// Scores a meeting from the debrief: what they gave up, what was learnt, whether it advanced.
///
/// The framework's tests, in points: a commitment is worth most; facts and earlyvangelist signs
/// are evidence; compliments, fluff and hypotheticals are noise; whether the meeting advanced is
/// ``Advancement``'s one rule, from the verdict that stands and the next steps.
public struct MeetingScorer: Sendable {
  /// The phrases.
  public let lexicon: Lexicon

  /// Creates a scorer.
  ///
  /// - Parameter lexicon: The lexicon, usually from ``LexiconLoader``.
  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  /// Scores a meeting.
  ///
  /// - Parameters:
  ///   - notes: The debrief notes.
  ///   - reply: What they answered to the ask; when absent the notes are read for it.
  ///   - steps: The next steps, with their owners as the founder confirmed them.
  ///   - planned: The commitment the founder planned to ask for.
  ///   - yourVerdict: The founder's reading of the reply.
  ///   - yourCurrencies: What the founder says the reply gives up.
  ///   - yoursStands: Whether the founder's reading stands over the judge's when they differ.
  /// - Returns: The scorecard.
  public func score(
    notes: String, reply: String? = nil, steps: [NextStep] = [], planned: String? = nil,
    yourVerdict: Verdict? = nil, yourCurrencies: [Currency] = [], yoursStands: Bool = false
  ) -> Scorecard {
    let interpreter = Interpreter(lexicon: lexicon)
    let reading = NotesReader(lexicon: lexicon).read(notes)
    let replyText = reply.flatMap { $0.trimmingCharacters().isEmpty ? nil : $0 }
    let interpretation =
      replyText.map { interpreter.interpret($0) }
      ?? Self.reply(inNotes: reading, notes, interpreter)
    let verdict = interpretation.verdict
    var items: [ScoreItem] = []

    switch verdict {
    case .commitment:
      let names = ReplyReading.list(interpretation.currencies.map(\.rawValue))
      items.append(ScoreItem(points: 40, reason: "they committed \(names)"))
      if interpretation.currencies.count > 1 {
        items.append(
          ScoreItem(points: 5, reason: "more than one currency: they are giving up a lot"))
      }
      if interpretation.currencies.contains(.money) {
        items.append(ScoreItem(points: 5, reason: "money on the table is the strongest sign"))
      }
    case .hedge:
      items.append(
        ScoreItem(points: -10, reason: "the meeting ended on a hedge: nice words, nothing given up")
      )
    case .rejection:
      items.append(
        ScoreItem(points: 10, reason: "a clear no: it saves you chasing a lead that is not one"))
    }

    let facts = reading.count(.fact)
    if facts > 0 {
      items.append(
        ScoreItem(
          points: min(15, 3 * facts),
          reason: "\(facts) fact\(facts == 1 ? "" : "s") about what they did or spend"))
    } else {
      items.append(ScoreItem(points: -5, reason: "no facts about their past behaviour were noted"))
    }
    let signs = reading.distinctSigns
    if !signs.isEmpty {
      items.append(
        ScoreItem(
          points: min(20, 4 * signs.count),
          reason: "earlyvangelist signs: \(ReplyReading.list(signs))"))
    }
    let compliments = reading.count(.compliment)
    if compliments > 0 {
      items.append(
        ScoreItem(
          points: -min(10, 2 * compliments),
          reason:
            "\(compliments) compliment\(compliments == 1 ? "" : "s"): pleasant, but not evidence"))
    }
    let noise = reading.count(.fluff) + reading.count(.hypothetical)
    if noise > 0 {
      items.append(
        ScoreItem(
          points: -min(10, 2 * noise),
          reason:
            "\(noise) generic or hypothetical statement\(noise == 1 ? "" : "s") that predict nothing"
        ))
    }

    let standing = yoursStands ? yourVerdict ?? verdict : verdict
    // A commitment the founder stands by costs what they say, else what the judge heard.
    let replyCosts =
      standing == verdict || yourCurrencies.isEmpty ? interpretation.currencies : yourCurrencies
    let advancement = Advancement(verdict: standing, replyCosts: replyCosts, steps: steps)
    switch advancement.reason {
    case .replyCommitted, .theirStep:
      let costs = ReplyReading.list(advancement.costs.map(\.rawValue))
      let reason =
        costs.isEmpty ? "the meeting advanced" : "the meeting advanced: it costs them \(costs)"
      items.append(ScoreItem(points: 20, reason: reason))
    case .onlyOurSteps:
      items.append(
        ScoreItem(points: 0, reason: "your own follow-up is homework, not a step of theirs"))
    case .nothingGiven:
      items.append(
        ScoreItem(points: -5, reason: "their next step costs them nothing: it is a stall"))
    case .noStep:
      items.append(ScoreItem(points: -10, reason: "no next step: you do not know what happens now"))
    case .rejected:
      break
    }

    if let planned, !planned.trimmingCharacters().isEmpty, verdict == .commitment {
      let wanted = Set(interpreter.interpret(planned).currencies)
        .union(AskGrader.currencies(in: lexicon.analyze(planned)))
      if !wanted.isEmpty && !wanted.isDisjoint(with: interpretation.currencies) {
        items.append(ScoreItem(points: 5, reason: "you got the kind of commitment you planned"))
      }
    }

    let base = 30
    let total = min(100, max(0, base + items.reduce(0) { $0 + $1.points }))
    let allItems = [ScoreItem(points: base, reason: "starting score for a meeting held")] + items
    return Scorecard(
      verdict: verdict, currencies: interpretation.currencies, score: total, items: allItems,
      advancement: advancement, steps: steps,
      nextAction: nextAction(standing, advancement: advancement, steps: steps),
      interpretation: interpretation, notes: reading)
  }

  private func nextAction(
    _ verdict: Verdict, advancement: Advancement, steps: [NextStep]
  ) -> String {
    if advancement.advanced {
      // Their next move is what to prepare for; our own errands come before it anyway.
      let theirs = steps.filter { $0.owner == .them }.compactMap(\.due).min()
      if let due = theirs ?? steps.compactMap(\.due).min() {
        return "Confirm the next steps in writing today and prepare for \(due.label())."
      }
      return "Turn the promise into a date: write today and propose a day, a time and who attends."
    }
    switch verdict {
    case .commitment, .hedge:
      return
        "Go back within two days with one concrete ask they can say no to, such as an intro or a dated trial."
    case .rejection:
      return "Thank them, ask who else has this problem, and spend your time on the next lead."
    }
  }

  /// What the notes say the prospect answered, when no reply was given: a line read as an
  /// agreed step decides; otherwise the notes may show a no, but never a commitment made of
  /// the words of the prospect's own business ("they chase 40 invoices a month").
  static func reply(inNotes reading: NotesReading, _ notes: String, _ interpreter: Interpreter)
    -> Interpretation
  {
    let agreed = reading.quotes(.commitment)
    if !agreed.isEmpty {
      let steps = interpreter.interpret(agreed.joined(separator: "\n"))
      if steps.verdict == .commitment { return steps }
    }
    let whole = interpreter.interpret(notes)
    guard whole.verdict == .commitment else { return whole }
    return Interpretation(
      text: notes, verdict: .hedge, currencies: [], strength: 15, signals: [],
      reasons: [
        "a hedge: no reply was given and no line of the notes reads as a step they agreed to"
      ])
  }
}
