import Testing

@testable import Scoring

@Suite struct TokenizerTests {
  private func words(_ text: String) -> [String] {
    Tokenizer.tokenize(text).map(\.text)
  }

  @Test(arguments: [
    ("I won't", ["i", "will", "not"]),
    ("we can't", ["we", "can", "not"]),
    ("I'll do it", ["i", "will", "do", "it"]),
    ("they'd buy", ["they", "would", "buy"]),
    ("let's meet", ["let", "us", "meet"]),
    ("it isn't", ["it", "is", "not"]),
    ("we’re in", ["we", "are", "in"]),
    ("wont", ["will", "not"]),
    ("the contract's signed", ["the", "contract", "is", "signed"]),
    ("pre-order", ["pre", "order"]),
  ])
  func contractionsAreExpanded(text: String, expected: [String]) {
    #expect(words(text) == expected)
  }

  @Test func timesDatesAndAmountsAreClassed() {
    let tokens = Tokenizer.tokenize("Tuesday at 3pm, 15:30 on 12/3 for $5k or 3 p.m. on the 14th")
    let classed = tokens.filter { $0.kind != .word && $0.kind != .punctuation }
    #expect(classed.map(\.text) == ["3pm", "15:30", "12/3", "$5k", "3pm", "14th"])
    #expect(classed.map(\.kind) == [.time, .time, .date, .amount, .time, .date])
  }

  @Test func spelledNumbersBecomeNumbers() {
    let tokens = Tokenizer.tokenize("at eleven for forty-five minutes")
    #expect(tokens.map(\.text) == ["at", "11", "for", "40", "5", "minutes"])
    #expect(tokens[1].kind == .number)
  }

  @Test func rangesPointIntoTheSource() {
    let text = "Sure — I'll book Tuesday."
    let tokens = Tokenizer.tokenize(text)
    let book = tokens.first { $0.text == "book" }
    #expect(book.map { String(text.unicodeScalars[$0.range]) } == "book")
    let will = tokens.first { $0.text == "will" }
    #expect(will.map { String(text.unicodeScalars[$0.range]) } == "I'll")
  }

  @Test func punctuationBoundsClausesAndSentences() {
    let tokens = Tokenizer.tokenize("No. Maybe, later!\nOk")
    #expect(tokens.map(\.text) == ["no", ".", "maybe", ",", "later", "!", "\n", "ok"])
    #expect(tokens.filter(\.endsSentence).count == 3)
    #expect(tokens[2].startsSentence)
    #expect(!tokens[4].startsSentence)
  }

  @Test func onlyTheFirstWordOfAContractionKeepsTheCapital() {
    let tokens = Tokenizer.tokenize("so I'm in")
    #expect(tokens.map(\.isCapitalized) == [false, true, false, false])
  }

  @Test func emptyAndOddTextGiveNoCrash() {
    #expect(Tokenizer.tokenize("").isEmpty)
    #expect(Tokenizer.tokenize("  \t ").isEmpty)
    #expect(words("'''") == [])
    #expect(words("😀 ok") == ["ok"])
  }
}
