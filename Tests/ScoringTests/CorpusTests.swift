import Diagnostics
import Foundation
import Testing
import Vocabulary
import YAMLSource

@testable import Scoring

/// Accuracy on the labelled corpus in Tests/ScoringTests/Corpus.
///
/// The thresholds sit a little below what the rules reach (see docs/scoring.md), so a change that costs accuracy fails here; the
/// benchmark prints the misclassified examples.
@Suite struct CorpusTests {
  static let directory = packageRoot.appendingPathComponent("Tests/ScoringTests/Corpus")

  static func items(_ file: String, keys: [String]) -> [YAMLMapping] {
    let bag = DiagnosticBag()
    let path = directory.appendingPathComponent(file).path
    guard let document = YAMLDocument.load(path: path, into: bag) else { return [] }
    return document.root.sequence()?.compactMap { $0.mapping(optional: keys) } ?? []
  }

  static func ratio(_ hits: Int, _ total: Int) -> Double {
    total == 0 ? 0 : Double(hits) / Double(total)
  }

  @Test func replies() throws {
    let items = Self.items("replies.yaml", keys: ["text", "verdict", "currencies", "why"])
    try #require(items.count >= 300)
    var verdicts = 0
    var currencySets = 0
    var commitments = 0
    for item in items {
      let text = try #require(item.string("text"))
      let verdict = try #require(item.string("verdict").flatMap(Verdict.init))
      let currencies = (item.strings("currencies") ?? []).compactMap(Currency.init).sorted()
      let result = interpreter.interpret(text)
      if result.verdict == verdict { verdicts += 1 }
      if verdict == .commitment {
        commitments += 1
        if result.currencies == currencies { currencySets += 1 }
      }
    }
    #expect(Self.ratio(verdicts, items.count) >= 0.95)
    #expect(Self.ratio(currencySets, commitments) >= 0.90)
  }

  @Test func questions() throws {
    let items = Self.items("questions.yaml", keys: ["text", "good", "kind", "why"])
    try #require(items.count >= 100)
    let checker = QuestionChecker(lexicon: bundledLexicon)
    var hits = 0
    for item in items {
      let text = try #require(item.string("text"))
      let good = try #require(item.bool("good"))
      if checker.checkOne(text).isGood == good { hits += 1 }
    }
    #expect(Self.ratio(hits, items.count) >= 0.90)
  }

  @Test func notes() throws {
    let items = Self.items(
      "notes.yaml",
      keys: [
        "id", "notes", "reply", "verdict", "currencies", "earlyvangelist", "facts", "compliments",
        "advancement",
      ])
    try #require(items.count >= 30)
    let scorer = MeetingScorer(lexicon: bundledLexicon)
    var verdicts = 0
    var evangelists = 0
    var advancements = 0
    for item in items {
      let notes = try #require(item.string("notes"))
      let card = scorer.score(notes: notes, reply: item.string("reply"))
      if card.verdict.rawValue == item.string("verdict") { verdicts += 1 }
      if card.notes.isEarlyvangelist == item.bool("earlyvangelist") { evangelists += 1 }
      if card.advancement.advanced == item.bool("advancement") { advancements += 1 }
    }
    #expect(Self.ratio(verdicts, items.count) >= 0.90)
    #expect(Self.ratio(evangelists, items.count) >= 0.80)
    #expect(Self.ratio(advancements, items.count) >= 0.90)
  }
}
