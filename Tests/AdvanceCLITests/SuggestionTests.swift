import Testing

@testable import AdvanceCLI

struct SuggestionTests {
  let commands = ["help", "version", "quit", "exit", "prep", "debrief", "practice", "leads"]

  @Test(arguments: [
    ("helo", "help"),
    ("hlep", "help"),
    ("debreif", "debrief"),
    ("lead", "leads"),
    ("versoin", "version"),
    ("prac", "practice"),
  ])
  func suggestsTheClosestCommand(typed: String, expected: String) {
    #expect(Suggestion.closest(to: typed, in: commands) == expected)
  }

  @Test(arguments: ["bogus", "xyzzy", "héllo wörld"])
  func staysQuietWhenNothingIsClose(typed: String) {
    #expect(Suggestion.closest(to: typed, in: commands) == nil)
  }

  @Test func distanceCountsTranspositionsAsOneEdit() {
    #expect(Suggestion.distance("ab", "ba") == 1)
    #expect(Suggestion.distance("kitten", "sitting") == 3)
    #expect(Suggestion.distance("", "abc") == 3)
  }
}
