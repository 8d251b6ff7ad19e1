import Testing

@testable import AdvanceCLI

/// `interpret` and `ask` take the rest of the line as typed.
struct FreeTextLineTests {
  @Test(arguments: [
    ("interpret I'll forward it", ["interpret", "--", "I'll forward it"]),
    ("interpret 'we'll see", ["interpret", "--", "'we'll see"]),
    ("interpret \"sounds good\"", ["interpret", "--", "sounds good"]),
    ("interpret she said \"maybe\" twice", ["interpret", "--", "she said \"maybe\" twice"]),
    ("interpret a\\b  c", ["interpret", "--", "a\\b  c"]),
    ("interpret --json it's a yes", ["interpret", "--json", "--", "it's a yes"]),
    ("interpret it's a yes --json", ["interpret", "--json", "--", "it's a yes"]),
    ("  interpret  line one\nline two ", ["interpret", "--", "line one\nline two"]),
    (
      "ask Can we meet Tuesday? --stage first",
      ["ask", "--stage", "first", "--", "Can we meet Tuesday?"]
    ),
    (
      "ask --stage 'follow-up' Can we start a pilot?",
      ["ask", "--stage", "follow-up", "--", "Can we start a pilot?"]
    ),
    ("ask - --stage first", ["ask", "--stage", "first", "--", "-"]),
    ("interpret", ["interpret"]),
    ("interpret --help", ["interpret", "--help"]),
  ])
  func theRestOfTheLineIsTheText(line: String, words: [String]) {
    #expect(FreeTextLine.words(line) == words)
  }

  @Test func otherCommandsAreSplitAsBefore() {
    #expect(FreeTextLine.words("leads --json") == nil)
    #expect(FreeTextLine.words("interpreted x") == nil)
  }
}
