import Testing

@testable import AdvanceCLI

struct CommandLineTokenizerTests {
  let tokenizer = CommandLineTokenizer()

  @Test(arguments: [
    ("help", ["help"]),
    ("  prep   Alice  ", ["prep", "Alice"]),
    ("interpret \"keep me posted\"", ["interpret", "keep me posted"]),
    ("say 'a \\ b'", ["say", "a \\ b"]),
    ("show Jean\\ Luc", ["show", "Jean Luc"]),
    ("say \"a \\\"quoted\\\" word\"", ["say", "a \"quoted\" word"]),
    ("\"héllo wörld\" 🚀", ["héllo wörld", "🚀"]),
    ("empty ''", ["empty", ""]),
    ("", []),
  ])
  func splitsLikeAShell(line: String, words: [String]) {
    #expect(tokenizer.split(line) == .words(words))
  }

  @Test(arguments: [
    ("interpret I'll forward it", ["interpret", "I'll", "forward", "it"]),
    ("interpret we'll see, won't we", ["interpret", "we'll", "see,", "won't", "we"]),
    ("say 'it's fine'", ["say", "it's fine"]),
    (
      "interpret Dana's team said 'keep me posted'",
      [
        "interpret", "Dana's", "team", "said", "keep me posted",
      ]
    ),
  ])
  func anApostropheInAWordIsALetter(line: String, words: [String]) {
    #expect(tokenizer.split(line) == .words(words))
  }

  @Test func anOpenQuoteAsksForMore() {
    #expect(tokenizer.split("interpret \"we'll see") == .incomplete(quote: "\""))
    #expect(
      tokenizer.split("interpret \"we'll see\nnext week\"")
        == .words(["interpret", "we'll see\nnext week"]))
  }
}
