import Diagnostics
import Foundation
import Testing

@Test func rendersCompilerStyleWithCaret() {
  let source = "title: Prep\nsteps:\n  - title: One\n    qustions: []\n"
  let diagnostic = Diagnostic.error(
    DiagnosticCode("unknown-key"), "unknown key 'qustions' (did you mean 'questions'?)",
    at: SourceLocation(file: "prompts/prep.yaml", line: 4, column: 5))
  #expect(
    diagnostic.rendered(source: source) == """
      prompts/prep.yaml:4:5: error: unknown key 'qustions' (did you mean 'questions'?)
          qustions: []
          ^
      """)
}

@Test func caretKeepsTabsAndNotesFollow() {
  let source = "a:\n\tb: 1\n"
  let diagnostic = Diagnostic.error(
    DiagnosticCode("duplicate-key"), "duplicate key 'b'",
    at: SourceLocation(file: "f.yaml", line: 2, column: 2),
    notes: [.note("'b' first appears here", at: SourceLocation(file: "f.yaml", line: 1, column: 1))]
  )
  #expect(
    diagnostic.rendered(source: source) == """
      f.yaml:2:2: error: duplicate key 'b'
      \tb: 1
      \t^
      f.yaml:1:1: note: 'b' first appears here
      a:
      ^
      """)
}

@Test func rendersHeadlineAloneWithoutSource() {
  let diagnostic = Diagnostic.warning(
    DiagnosticCode("unreachable-step"), "step 'x' is never reached")
  #expect(diagnostic.rendered(source: nil) == "warning: step 'x' is never reached")
}

@Test(arguments: [
  ("qustions", "questions"), ("tittle", "title"), ("whne", "when"), ("Title", "title"),
])
func suggestsCloseKeys(word: String, expected: String) {
  let keys = ["title", "why", "questions", "when", "next"]
  #expect(Suggestion.closest(to: word, in: keys) == expected)
}

@Test func suggestsNothingForFarWords() {
  #expect(Suggestion.closest(to: "banana", in: ["title", "why"]) == nil)
  #expect(Suggestion.didYouMean("zzz", in: ["title"]) == "")
}

@Test func bagSortsByPlace() {
  let bag = DiagnosticBag()
  bag.error(DiagnosticCode("b"), "second", at: SourceLocation(file: "f", line: 3, column: 1))
  bag.error(DiagnosticCode("a"), "first", at: SourceLocation(file: "f", line: 1, column: 4))
  bag.warning(DiagnosticCode("c"), "no place", at: nil)
  #expect(bag.sorted.map(\.code.rawValue) == ["c", "a", "b"])
  #expect(bag.errorCount == 2)
}

@Test func placesOutsideTheFileRenderWithoutASnippet() {
  let diagnostic = Diagnostic.error(
    DiagnosticCode("x"), "past the end", at: SourceLocation(file: "f.yaml", line: 9, column: 400))
  #expect(diagnostic.rendered(source: "a: 1\n") == "f.yaml:9:400: error: past the end")
  let wide = Diagnostic.error(
    DiagnosticCode("x"), "wide", at: SourceLocation(file: "f.yaml", line: 1, column: 99))
  #expect(wide.rendered(source: "ab") == "f.yaml:1:99: error: wide\nab\n  ^")
}

@Test func aLineWithControlCharactersOrNothingOnItIsNotEchoed() {
  // A NUL or an escape sequence from a hostile file never reaches the terminal.
  let source = "a: 1\nb: \u{1B}[2J\n\nc: 3\n"
  let renderer = DiagnosticRenderer(sources: ["f.yaml": source])
  for line in [2, 3] {
    let diagnostic = Diagnostic.error(
      DiagnosticCode("x"), "problem", at: SourceLocation(file: "f.yaml", line: line, column: 1))
    #expect(renderer.render(diagnostic) == "f.yaml:\(line):1: error: problem")
  }
}

@Test func aLongLineIsCutToAWindowAroundTheColumn() {
  let source = String(repeating: "a", count: 100) + "X" + String(repeating: "b", count: 100)
  let diagnostic = Diagnostic.error(
    DiagnosticCode("x"), "here", at: SourceLocation(file: "f.yaml", line: 1, column: 101))
  let lines = diagnostic.rendered(source: source).split(separator: "\n")
  #expect(lines.count == 3)
  #expect(
    lines[1] == "…" + String(repeating: "a", count: 60) + "X" + String(repeating: "b", count: 59)
      + "…")
  #expect(lines[2] == String(repeating: " ", count: 61) + "^")
}

/// A code is stored and read as its plain identifier, as when codes were strings.
@Test func aCodeIsEncodedAsItsIdentifier() throws {
  let diagnostic = Diagnostic.error(DiagnosticCode("unknown-key"), "unknown key 'x'")
  let encoder = JSONEncoder()
  encoder.outputFormatting = .sortedKeys
  let json = String(decoding: try encoder.encode(diagnostic), as: UTF8.self)
  #expect(json.contains(#""code":"unknown-key""#), "\(json)")
  let stored = #"{"code":"too-deep","message":"m","notes":[],"severity":"error"}"#
  let decoded = try JSONDecoder().decode(Diagnostic.self, from: Data(stored.utf8))
  #expect(decoded.code == DiagnosticCode("too-deep"))
  #expect("\(decoded.code)" == "too-deep")
}
