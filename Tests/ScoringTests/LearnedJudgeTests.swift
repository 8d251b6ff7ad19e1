import Testing
import Vocabulary

@testable import Scoring

/// What a founder sees from the learned judge: only the prospect's words count, reasons quote
/// the words that weighed most, and a user's own lexicon phrases still count.
@Suite struct LearnedJudgeTests {
  @Test(arguments: [
    (
      "Founder: Would you put down a $5k deposit this week? Prospect: Not for us, thanks.",
      Verdict.rejection
    ),
    ("Me: can we book Tuesday at 3pm with your ops lead? Them: let me think about it", .hedge),
    (
      "[00:47:33] Sam Okafor: So could we start the pilot Monday? [00:47:41] Dana Ruiz: Yes. Monday 9am, I'll have the team there.",
      .commitment
    ),
  ])
  func onlyTheProspectsWordsAreJudged(text: String, verdict: Verdict) {
    let reading = interpreter.interpret(text)
    #expect(reading.verdict == verdict, "\(reading.reasons)")
    #expect(reading.text == text)
  }

  @Test func speakerLabelsAreFoundAndSided() {
    let turns = SpeakerTurns("Founder: would you intro me to Ana? Prospect: sure, today.").turns
    #expect(turns.map(\.speaker) == ["Founder", "Prospect"])
    #expect(turns.map(\.isFounder) == [true, false])
    #expect(SpeakerTurns("Sure. Tuesday: 3pm works, Wednesday: no.").turns.isEmpty)
    #expect(SpeakerTurns("Note: we're keen. Re: the pilot").turns.isEmpty)
  }

  @Test func anEmailsSignatureIsNotEvidence() {
    let body = MessageBody.of(
      "Hi Sam, thanks for today. Let me think about it. Best, Sandra Kim, Director of Accounting, Lakeside"
    )
    #expect(body == "thanks for today. Let me think about it.")
    #expect(MessageBody.of("Cheers, I'll have a think.") == "Cheers, I'll have a think.")
    #expect(MessageBody.of("Thanks") == "Thanks")
  }

  @Test func reasonsQuoteTheWordsThatWeighedMost() {
    let reading = interpreter.interpret("Which account should the deposit go to?")
    #expect(reading.verdict == .commitment)
    #expect(reading.currencies == [.money])
    #expect(reading.reasons.contains { $0.hasPrefix("\u{201C}") && $0.hasSuffix("\u{2192} money") })
  }

  @Test(arguments: [
    ("Send me a deck and I'll forward it to our CFO.", Verdict.hedge),
    ("This isn't something we're going to take forward.", .rejection),
    ("Loop me and our CFO into the contract thread, adding her now.", .commitment),
    ("Put me on your newsletter list.", .hedge),
  ])
  func theCasesAFounderNoticesAtOnce(text: String, verdict: Verdict) {
    #expect(interpreter.interpret(text).verdict == verdict)
  }

  @Test func aUsersOwnLexiconPhraseCountsStrongly() throws {
    let source = LexiconSource(
      name: "mine.yaml", path: "mine.yaml",
      text: """
        groups:
          handshake:
            role: commit
            currencies: [money]
            weight: 40
            phrases: [spit on it]
        """)
    let (sources, _) = LexiconLoader.sources(
      in: packageRoot.appendingPathComponent("prompts/lexicon"))
    let (lexicon, diagnostics) = LexiconLoader.load(sources + [source])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let reading = Interpreter(lexicon: lexicon).interpret("Fine, we spit on it.")
    #expect(reading.verdict == .commitment, "\(reading.reasons)")
    #expect(reading.currencies == [.money])
  }
}
