import Testing

@testable import AdvanceCLI

/// "Did you mean" for mistyped REPL commands.
struct SuggestionTests {
  @Test(arguments: [
    ("helo", "help"),
    ("hlep", "help"),
    ("debreif", "debrief"),
    ("leadss", "leads"),
    ("leed", "lead"),
    ("versoin", "version"),
    ("prac", "practice"),
    ("intepret", "interpret"),
  ])
  func suggestsTheClosestCommand(typed: String, expected: String) {
    #expect(REPLCommands.suggestion(for: typed) == expected)
  }

  @Test(arguments: ["bogus", "xyzzy", "héllo wörld", ""])
  func staysQuietWhenNothingIsClose(typed: String) {
    #expect(REPLCommands.suggestion(for: typed) == nil)
  }
}
