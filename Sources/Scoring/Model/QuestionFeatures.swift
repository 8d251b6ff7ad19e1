/// The features of a planned question: the shared n-grams, the question lexicon's phrases,
/// and the rules' flags (a leading shape, a tag question).
enum QuestionFeatures {
  /// Buckets, as a power of two.
  static let bits = 14

  static let roles: Set<LexiconRole> = [
    .hypothetical, .complimentFishing, .leading, .pitching, .generic, .pastBehaviour,
    .conditional, .negator, .date, .time, .amount, .fact, .fluff,
  ]

  static func vector(_ analysis: TextAnalysis, flags: [QuestionFlag]) -> FeatureVector {
    var vector = FeatureVector(bits: bits)
    TextFeatures.add(analysis, to: &vector)
    TextFeatures.addHits(analysis, roles: roles, to: &vector)
    for flag in flags { TextFeatures.addFlag("flag:" + flag.kind.rawValue, to: &vector) }
    if flags.isEmpty { TextFeatures.addFlag("flag:none", to: &vector) }
    return vector
  }
}
