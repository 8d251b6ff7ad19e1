import Vocabulary

/// A reply read by the learned models, on top of the rules' reading: the verdict and the
/// currencies the weights give, with the phrases that weighed most quoted as reasons.
struct LearnedReading {
  let reading: ReplyReading
  let verdictModel: LinearModel
  let currencyModel: LinearModel?

  /// How much a phrase of the user's own lexicon (a group the model never saw) counts: as much
  /// as a strong learned feature.
  static let userPhraseWeight: Float = 3

  var interpretation: Interpretation {
    let analysis = reading.analysis
    let features = ReplyFeatures.vector(reading)
    var scores = verdictModel.scores(features)
    let unknown = analysis.hits.filter {
      !verdictModel.groups.contains(analysis.group(of: $0).name)
    }
    for hit in unknown {
      let output: Verdict? =
        switch hit.role {
        case .commit where reading.concrete.contains(hit): .commitment
        case .rejection where !hit.negated: .rejection
        case .stall where !hit.negated: .hedge
        default: nil
        }
      if let output, let index = verdictModel.outputs.firstIndex(of: output.rawValue) {
        scores[index] += Self.userPhraseWeight
      }
    }
    let best = LinearModel.best(scores)
    let verdict = Verdict(rawValue: verdictModel.outputs[best]) ?? reading.verdict
    let probability = verdictModel.probabilities(scores)[best]
    let currencies = verdict == .commitment ? currencies(features, unknown: unknown) : []
    var reasons = [ReplyReading.headline(verdict, currencies)]
    if verdict == .commitment, let currencyModel {
      for currency in currencies {
        guard let output = currencyModel.outputs.firstIndex(of: currency.rawValue) else {
          continue
        }
        let quotes = Evidence.phrases(
          features, model: currencyModel, output: output, against: nil, in: analysis, limit: 1)
        reasons += quotes.map { "\u{201C}\($0)\u{201D} \u{2192} \(currency.rawValue)" }
      }
    }
    let runnerUp = scores.indices.filter { $0 != best }.max { scores[$0] < scores[$1] }
    let quotes = Evidence.phrases(
      features, model: verdictModel, output: best, against: runnerUp, in: analysis)
    reasons += quotes.map { "\u{201C}\($0)\u{201D} \u{2192} \(verdict.rawValue)" }
      .filter { !reasons.contains($0) }
    // The rules' own explanation, when they read it the same way.
    if reading.verdict == verdict {
      reasons += reading.reasons(verdict, currencies).dropFirst()
    }
    return Interpretation(
      text: analysis.text, verdict: verdict, currencies: currencies,
      strength: Self.strength(verdict, probability, currencies), signals: reading.signals(verdict),
      reasons: reasons)
  }

  private func currencies(_ features: FeatureVector, unknown: [TextAnalysis.Hit]) -> [Currency] {
    guard let currencyModel else { return reading.currenciesIfCommitted }
    var scores = currencyModel.scores(features)
    for hit in unknown where reading.concrete.contains(hit) {
      for currency in reading.analysis.group(of: hit).currencies {
        if let index = currencyModel.outputs.firstIndex(of: currency.rawValue) {
          scores[index] += Self.userPhraseWeight
        }
      }
    }
    let chosen = currencyModel.outputs.indices.filter { scores[$0] > 0 }
    let indices =
      chosen.isEmpty ? [LinearModel.best(scores)] : chosen
    return indices.compactMap { Currency(rawValue: currencyModel.outputs[$0]) }.sorted()
  }

  /// Commitments 50–100, hedges 10–45, rejections 0–10, higher when the model is surer and
  /// (for a commitment) the more they give up.
  private static func strength(_ verdict: Verdict, _ probability: Float, _ currencies: [Currency])
    -> Int
  {
    let sure = Double(max(0, min(1, probability)))
    switch verdict {
    case .commitment:
      let extra = 8 * (currencies.count - 1) + (currencies.contains(.money) ? 10 : 0)
      return min(100, 50 + Int((30 * sure).rounded()) + extra)
    case .hedge:
      return 10 + Int((35 * (1 - sure)).rounded())
    case .rejection:
      return Int((10 * (1 - sure)).rounded())
    }
  }
}
