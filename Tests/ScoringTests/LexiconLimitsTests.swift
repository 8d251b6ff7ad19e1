import Testing

@testable import Scoring

/// A lexicon `check` accepts cannot make matching slow or large: its phrases and files have
/// limits, refused with a diagnostic at their line, and the matcher honours them whatever it is
/// given.
@Suite struct LexiconLimitsTests {
  static func lexicon(phrases: [String]) -> String {
    "groups:\n  pay:\n    role: commit\n    currencies: [money]\n    phrases:\n"
      + phrases.map { "      - \($0)\n" }.joined()
  }

  @Test func aPhraseOfTooManyWordsIsAnErrorAtItsLine() {
    let thirteen = (1...13).map { "w\($0)" }.joined(separator: " ")
    let text = Self.lexicon(phrases: ["pay the invoice", thirteen])
    let source = LexiconSource(name: "reply.yaml", path: "user/reply.yaml", text: text)
    let (lexicon, diagnostics) = LexiconLoader.load([source])
    #expect(
      diagnostics.map(\.headline) == [
        "user/reply.yaml:7:9: error: phrase of 13 words; the limit is 12 (filler words aside)"
      ])
    // The other phrase still works; the long one is never matched.
    #expect(lexicon.analyze("We will pay the invoice.").hits.count == 1)
    #expect(lexicon.analyze(thirteen).hits.isEmpty)
  }

  @Test func theTwentyThousandWordPhraseOfTheAttackIsRefused() {
    // 60 KB in one line, which `check` accepted and `interpret` then took 4.7 GB and 55 s on.
    let long = Array(repeating: "we", count: 20_000).joined(separator: " ")
    let source = LexiconSource(
      name: "reply.yaml", path: "user/reply.yaml", text: Self.lexicon(phrases: [long]))
    let (lexicon, diagnostics) = LexiconLoader.load([source])
    #expect(
      diagnostics.map(\.headline) == [
        "user/reply.yaml:6:9: error: phrase of 59999 characters; the limit is 200"
      ])
    #expect(lexicon.analyze(String(repeating: "we ", count: 40_000)).hits.isEmpty)
  }

  @Test func twelveWordsAreAllowed() {
    let twelve = (1...12).map { "w\($0)" }.joined(separator: " ")
    let source = LexiconSource(
      name: "reply.yaml", path: "user/reply.yaml", text: Self.lexicon(phrases: [twelve]))
    let (lexicon, diagnostics) = LexiconLoader.load([source])
    #expect(diagnostics.isEmpty)
    #expect(lexicon.analyze(twelve).hits.count == 1)
  }

  @Test func aPhraseOfTooManyCharactersIsAnError() {
    let long = String(repeating: "x", count: 201)
    let source = LexiconSource(
      name: "reply.yaml", path: "user/reply.yaml", text: Self.lexicon(phrases: [long]))
    #expect(
      LexiconLoader.load([source]).diagnostics.map(\.headline) == [
        "user/reply.yaml:6:9: error: phrase of 201 characters; the limit is 200"
      ])
  }

  @Test func aFileOfTooManyPhrasesIsCutWithAnError() {
    let phrases = (0...LexiconLoader.mostPhrasesPerFile).map { "phrase number \($0)" }
    let source = LexiconSource(
      name: "reply.yaml", path: "user/reply.yaml", text: Self.lexicon(phrases: phrases))
    let (lexicon, diagnostics) = LexiconLoader.load([source])
    #expect(
      diagnostics.map(\.headline) == [
        "user/reply.yaml:\(6 + LexiconLoader.mostPhrasesPerFile):9: error: the file has more than"
          + " \(LexiconLoader.mostPhrasesPerFile) phrases; the rest are not read"
      ])
    #expect(lexicon.groups.first?.phrases.count == LexiconLoader.mostPhrasesPerFile)
  }

  @Test func theMatcherIgnoresPhrasesPastTheLimitWhateverItIsGiven() {
    // Built directly, not through the loader: the trie itself refuses the long phrase.
    let long = Array(repeating: "we", count: 20_000).joined(separator: " ")
    let lexicon = Lexicon(groups: [
      LexiconGroup(name: "long", role: .commit, phrases: [long], currencies: [.money]),
      LexiconGroup(name: "pay", role: .commit, phrases: ["pay"], currencies: [.money]),
    ])
    let analysis = lexicon.analyze(String(repeating: "we ", count: 40_000) + "pay")
    #expect(analysis.hits.map { analysis.group(of: $0).name } == ["pay"])
  }

  @Test func aMatchSpansAtMostTheLongestSpanOfTokens() {
    let lexicon = Lexicon(groups: [
      LexiconGroup(name: "fill", role: .filler, phrases: ["uh"]),
      LexiconGroup(name: "pay", role: .commit, phrases: ["we pay"], currencies: [.money]),
    ])
    let near = "we " + String(repeating: "uh ", count: 10) + "pay"
    let far = "we " + String(repeating: "uh ", count: PhraseTrie.longestSpan) + "pay"
    #expect(lexicon.analyze(near).hits.count == 1)
    #expect(lexicon.analyze(far).hits.isEmpty)
  }
}
