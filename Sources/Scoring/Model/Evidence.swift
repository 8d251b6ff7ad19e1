/// The words of a text that weighed most for a model's answer, quoted.
enum Evidence {
  /// Runs of tokens that pushed `output` above `other` (below, with a `sign` of -1), strongest
  /// first.
  ///
  /// Each feature's weight is spread over the tokens it came from; neighbouring tokens that
  /// all pushed the same way make one phrase, never across a sentence's end.
  static func phrases(
    _ features: FeatureVector, model: LinearModel, output: Int, against other: Int?,
    in analysis: TextAnalysis, limit: Int = 2, sign: Float = 1
  ) -> [String] {
    let tokens = analysis.tokens
    guard !tokens.isEmpty else { return [] }
    var perToken = [Float](repeating: 0, count: tokens.count)
    model.withWeights { weights, outputs in
      for entry in features.entries {
        guard let span = entry.tokens, span.upperBound <= perToken.count, !span.isEmpty else {
          continue
        }
        let base = Int(entry.index) * outputs
        var weight = Float(weights[base + output])
        if let other { weight -= Float(weights[base + other]) }
        let share = sign * weight * entry.value / Float(span.count)
        for index in span { perToken[index] += share }
      }
    }
    let strongest = perToken.max() ?? 0
    guard strongest > 0 else { return [] }
    let threshold = strongest * 0.25
    var runs: [(range: Range<Int>, weight: Float)] = []
    var index = 0
    while index < tokens.count {
      guard perToken[index] > threshold, !tokens[index].isPunctuation else {
        index += 1
        continue
      }
      var end = index + 1
      var total = perToken[index]
      // A little slack: one weak word inside a strong phrase stays in it.
      while end < tokens.count, !tokens[end].endsSentence {
        if perToken[end] > threshold {
          total += perToken[end]
          end += 1
        } else if end + 1 < tokens.count, perToken[end + 1] > threshold,
          !tokens[end].isPunctuation, !tokens[end + 1].isPunctuation
        {
          total += perToken[end] + perToken[end + 1]
          end += 2
        } else {
          break
        }
      }
      while end > index + 1, tokens[end - 1].isPunctuation { end -= 1 }
      runs.append((index..<end, total))
      index = end
    }
    return runs.sorted { ($0.weight, $1.range.lowerBound) > ($1.weight, $0.range.lowerBound) }
      .prefix(limit).map { analysis.quote(from: $0.range.lowerBound, to: $0.range.upperBound) }
  }
}
