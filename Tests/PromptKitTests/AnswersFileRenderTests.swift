import Diagnostics
import Foundation
import Testing

@testable import PromptKit

/// A rescue file is an answers file: whatever was typed must read back as it was.
@Test func renderedAnswersReadBackExactly() throws {
  let awkward = [
    "null", "~", "yes", "No", "true", "0x1F", "1e3", "- not a list", "a: b", "#not a comment",
    "  leading spaces", "trailing spaces  ", "'quoted'", "\"double\"", "{x: 1}", "[1, 2]",
    "&anchor", "*alias", "!tag", "%directive", "@at", "`tick`", "| block", "> folded",
    "Zoë 👩🏽‍💻 ünïcödé", "line one\nline two\n  indented three", "tab\there", "",
  ]
  let answers = awkward.enumerated().map { (id: "q\($0.offset)", value: $0.element) }
  let text = try AnswersFile.render(answers)
  let bag = DiagnosticBag()
  let file = try #require(AnswersFile.parse(Data(text.utf8), path: "rescue.yaml", into: bag))
  #expect(bag.diagnostics.isEmpty)
  #expect(file.entries.map(\.id) == answers.map(\.id))
  for (entry, answer) in zip(file.entries, answers) {
    #expect(entry.value == answer.value, "\(answer.id) in:\n\(text)")
  }
}
