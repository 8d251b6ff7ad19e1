import Testing

@testable import AdvanceCLI

struct CompleterTests {
  let commands = ClosureCompletionProvider { words in
    words.isEmpty
      ? ["help", "history", "version", "quit", "prep", "practice"] : ["alice", "alfred"]
  }

  @Test(arguments: [
    ("he", Completer.Action.insert("lp ")),
    ("v", .insert("ersion ")),
    ("p", .insert("r")),
    ("pr", .list(["practice", "prep"])),
    ("h", .list(["help", "history"])),
    ("zz", .none),
    ("help al", .list(["alfred", "alice"])),
    ("help alf", .insert("red ")),
  ])
  func completesWordBeforeCursor(text: String, expected: Completer.Action) {
    #expect(Completer(provider: commands).action(forTextBeforeCursor: text) == expected)
  }

  @Test func emptyLineListsEverything() {
    let action = Completer(provider: commands).action(forTextBeforeCursor: "")
    #expect(action == .list(["help", "history", "practice", "prep", "quit", "version"]))
  }

  @Test func afterABlankTheNextWordIsCompleted() {
    #expect(Completer.split("help ") == (preceding: ["help"], partial: ""))
    #expect(Completer.split("help al") == (preceding: ["help"], partial: "al"))
  }

  @Test func duplicateCandidatesCountOnce() {
    let provider = ClosureCompletionProvider { _ in ["prep", "prep"] }
    #expect(Completer(provider: provider).action(forTextBeforeCursor: "pr") == .insert("ep "))
  }

  @Test func columnsFitTheWidth() {
    let laidOut = Columns.layout(["a", "bb", "ccc", "dddd", "e"], width: 14)
    #expect(laidOut == "a     dddd\nbb    e\nccc")
  }
}
