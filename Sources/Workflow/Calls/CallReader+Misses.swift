import Calls
import Vocabulary

extension CallReader {
  /// Why the reader found no step for a step someone expected from the call: the kind of
  /// miss, for figures over calls whose rows are not to be read (a locked test split).
  ///
  /// The sentence of the call sharing most content words with `expected` is the one meant;
  /// the answer says where it was said and what kept it from being a step.
  public func whyNoStep(
    _ expected: String, in transcript: CallTranscript, parties: CallParties, stage: Stage
  ) -> String {
    let turns = transcript.turns
    let wanted = Self.contentWords(expected)
    var best: (turn: Int, sentence: String, shared: Int)?
    for (index, turn) in turns.enumerated() {
      for sentence in CallSentences.split(turn.text) {
        let shared = wanted.intersection(Self.contentWords(sentence)).count
        if shared > (best?.shared ?? 1) { best = (index, sentence, shared) }
      }
    }
    guard let best else { return "not said in one sentence" }
    let sides = turns.map { parties.side(of: $0.speaker) }
    let askIndex = findAsk(turns, sides: sides, stage: stage)
    if best.turn == askIndex { return "the ask itself" }
    if best.turn < askIndex ?? (turns.count * 3 / 4) { return "said before the closing turns" }
    switch Self.stepTest(best.sentence) {
    case .step: return "a step sentence, matched to another step"
    case .question: return "a question"
    case .noFutureMarker: return "no future marker"
    case .noActionVerb: return "no action verb"
    case .conditional: return "conditional"
    }
  }
}
