import Testing

@testable import Scoring

@Suite struct PhraseTrieTests {
  private let lexicon = Lexicon(groups: [
    LexiconGroup(name: "fill", role: .filler, phrases: ["a", "quick"]),
    LexiconGroup(name: "call", role: .commit, phrases: ["book a call"], currencies: [.time]),
    LexiconGroup(name: "at", role: .time, phrases: ["at <number>", "<time>"]),
    LexiconGroup(name: "who", role: .person, phrases: ["<name>"]),
    LexiconGroup(name: "order", role: .commit, phrases: ["pre-order"], currencies: [.money]),
    LexiconGroup(name: "not", role: .negator, phrases: ["not"], scope: .words(3)),
    LexiconGroup(name: "if", role: .conditional, phrases: ["if"], scope: .sentence),
    LexiconGroup(name: "ok", role: .neutral, phrases: ["no problem"]),
    LexiconGroup(name: "no", role: .negator, phrases: ["no"]),
  ])

  private func found(_ text: String) -> [String] {
    let analysis = lexicon.analyze(text)
    return analysis.hits.map {
      "\(analysis.group(of: $0).name):\(analysis.quote($0))"
        + ($0.negated ? "!" : "") + ($0.conditional ? "?" : "")
    }
  }

  @Test func fillersAreSkippedInsideAPhrase() {
    #expect(found("let's book a quick call") == ["call:book a quick call"])
  }

  @Test func classesMatchNumbersTimesAndNames() {
    #expect(found("ask Maria at 11 or 3pm") == ["who:Maria", "at:at 11", "at:3pm"])
  }

  @Test func pluralsMatchTheSingular() {
    #expect(found("two pre-orders") == ["order:pre-orders"])
  }

  @Test func phrasesDoNotCrossPunctuation() {
    #expect(found("book, a call") == [])
  }

  @Test func negationReachesAFewWordsWithinTheClause() {
    #expect(found("not going to book a call") == ["not:not", "call:book a call!"])
    #expect(found("not now, book a call") == ["not:not", "call:book a call"])
    #expect(found("not one two three four book a call") == ["not:not", "call:book a call"])
  }

  @Test func neutralPhrasesAreNotNegators() {
    #expect(found("no problem book a call") == ["ok:no problem", "call:book a call"])
  }

  @Test func conditionsCoverTheirSentence() {
    #expect(
      found("book a call if it works. book a call") == [
        "call:book a call?", "if:if", "call:book a call",
      ])
  }
}
