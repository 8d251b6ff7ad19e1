import Vocabulary

/// The features of one next step: the shared n-grams, the first words by position (who acts
/// is said at the start), whether the first word is capitalised, the rules' reading of the
/// subject, and for the commitment model the notes and reply readers' calls.
enum StepFeatures {
  /// Buckets, as a power of two.
  static let bits = 14

  static let roles: Set<LexiconRole> = [
    .commit, .stall, .conditional, .negator, .date, .time, .person, .role, .amount, .document,
    .vague, .rejection,
  ]

  /// Who acts: what the owner model reads.
  static func owner(_ text: String, analysis: TextAnalysis, subject: StepSubject) -> FeatureVector {
    var vector = FeatureVector(bits: bits)
    TextFeatures.add(analysis, to: &vector)
    TextFeatures.addHits(analysis, roles: roles, to: &vector)
    addOpening(text, to: &vector)
    TextFeatures.addFlag("rule-owner:" + subject.owner.rawValue, to: &vector)
    if subject.person != nil { TextFeatures.addFlag("rule-person", to: &vector) }
    return vector
  }

  /// Whether a step of theirs costs them something: what the commitment model reads.
  static func commitment(
    _ text: String, analysis: TextAnalysis, subject: StepSubject, noteKind: Finding.Kind,
    reply: Verdict
  ) -> FeatureVector {
    var vector = owner(text, analysis: analysis, subject: subject)
    TextFeatures.addFlag("note:" + noteKind.rawValue, to: &vector)
    TextFeatures.addFlag("reply:" + reply.rawValue, to: &vector)
    return vector
  }

  /// The first three words by position, lower-cased, and the case of the first.
  private static func addOpening(_ text: String, to vector: inout FeatureVector) {
    let words = text.split(whereSeparator: { !($0.isLetter || $0 == "'") }).prefix(3)
    for (index, word) in words.enumerated() {
      TextFeatures.addFlag("p\(index):" + word.lowercased(), to: &vector)
    }
    if let first = words.first?.first {
      TextFeatures.addFlag(first.isUppercase ? "cap0" : "low0", to: &vector)
    }
  }
}
