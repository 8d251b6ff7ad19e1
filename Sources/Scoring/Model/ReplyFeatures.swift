/// The features of a prospect's reply: the shared n-grams, the lexicon's phrases with their
/// scope, and what the rules made of them (concrete steps, a bare no, real calendar time).
enum ReplyFeatures {
  /// Buckets, as a power of two.
  static let bits = 16

  static let roles: Set<LexiconRole> = [
    .commit, .stall, .compliment, .rejection, .vague, .negator, .conditional, .neutral, .date,
    .time, .person, .role, .amount, .document,
  ]

  static func vector(_ reading: ReplyReading) -> FeatureVector {
    let analysis = reading.analysis
    var vector = FeatureVector(bits: bits)
    TextFeatures.add(analysis, to: &vector)
    TextFeatures.addHits(analysis, roles: roles, to: &vector)
    for hit in reading.concrete {
      let span = hit.match.start..<hit.match.end
      TextFeatures.addFlag("concrete", to: &vector, tokens: span)
      for currency in analysis.group(of: hit).currencies {
        TextFeatures.addFlag("concrete:" + currency.rawValue, to: &vector, tokens: span)
      }
    }
    for hit in reading.vague {
      TextFeatures.addFlag("vague", to: &vector, tokens: hit.match.start..<hit.match.end)
    }
    for hit in reading.negated {
      TextFeatures.addFlag("refused", to: &vector, tokens: hit.match.start..<hit.match.end)
    }
    for hit in reading.notNowNegated {
      TextFeatures.addFlag("not-now", to: &vector, tokens: hit.match.start..<hit.match.end)
    }
    if let (day, clock) = reading.implicitMeeting {
      TextFeatures.addFlag(
        "calendar", to: &vector,
        tokens: min(
          day.match.start, clock.match.start)..<max(
            day.match.end, clock.match.end))
    }
    if let attendee = reading.attendee {
      TextFeatures.addFlag(
        "attendee", to: &vector, tokens: attendee.match.start..<attendee.match.end)
    }
    if reading.bareNos > 0 { TextFeatures.addFlag("bare-no", to: &vector) }
    TextFeatures.addFlag("rules:" + reading.verdict.rawValue, to: &vector)
    if reading.analysis.tokens.last?.text == "?" {
      TextFeatures.addFlag("ends-asking", to: &vector)
    }
    return vector
  }
}
