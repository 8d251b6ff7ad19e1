/// The features of one line of notes: the shared n-grams, the notes lexicon's phrases with
/// their scope, the rules' kind, and whether the line reads as a concrete step agreed.
enum NoteFeatures {
  /// Buckets, as a power of two.
  static let bits = 15

  static let roles: Set<LexiconRole> = [
    .idea, .fluff, .fact, .hypothetical, .compliment, .conditional, .negator, .commit, .stall,
    .rejection, .date, .time, .person, .role, .amount, .document, .earlyvangelist,
    .pastBehaviour, .vague,
  ]

  static func vector(_ analysis: TextAnalysis) -> FeatureVector {
    var vector = FeatureVector(bits: bits)
    TextFeatures.add(analysis, to: &vector)
    TextFeatures.addHits(analysis, roles: roles, to: &vector)
    let ruleKind = NotesReader.kind(of: analysis.hits, tokens: analysis.tokens)
    TextFeatures.addFlag("rules:" + (ruleKind?.rawValue ?? "none"), to: &vector)
    let reply = ReplyReading(analysis)
    for hit in reply.concrete {
      TextFeatures.addFlag("concrete", to: &vector, tokens: hit.match.start..<hit.match.end)
    }
    if reply.implicitMeeting != nil { TextFeatures.addFlag("calendar", to: &vector) }
    return vector
  }
}
