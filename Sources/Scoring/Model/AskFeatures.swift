import Vocabulary

/// The features of an ask: the shared n-grams and the rules' findings, each also crossed with
/// the stage, so the same words can be right-sized at closing and too big in a first chat.
enum AskFeatures {
  /// Buckets, as a power of two.
  static let bits = 14

  static let roles: Set<LexiconRole> = [
    .commit, .openAsk, .closedAsk, .vague, .negator, .conditional, .date, .time, .person, .role,
    .amount, .document, .compliment, .stall,
  ]

  static func vector(_ evidence: AskEvidence, stage: Stage) -> FeatureVector {
    let analysis = evidence.analysis
    var vector = FeatureVector(bits: bits)
    let salt = UInt8(1 + stage.order)
    for salt in [0, salt] {
      TextFeatures.add(analysis, to: &vector, salt: salt)
      TextFeatures.addHits(analysis, roles: roles, to: &vector, salt: salt)
      for currency in evidence.currencies.sorted() {
        TextFeatures.addFlag("costs:" + currency.rawValue, to: &vector, salt: salt)
      }
      for gap in evidence.gaps(for: stage) {
        TextFeatures.addFlag("gap:" + gap.rawValue, to: &vector, salt: salt)
      }
      if evidence.closed { TextFeatures.addFlag("closed", to: &vector, salt: salt) }
    }
    return vector
  }
}
