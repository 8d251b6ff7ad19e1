import Foundation
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

/// Prompt text fitted to a narrow terminal, and left alone where it fits.
@Suite struct TextWrapTests {
  @Test func textThatFitsIsLeftAsWritten() {
    let text = "Short line.\nAnother one,\n  indented."
    #expect(TextWrap.fit(text, width: 40) == text)
  }

  @Test func aParagraphIsReflowedAtSpaces() {
    let text = """
      Notes are only useful if they keep facts apart from compliments and guesses about the
      future. Write what they said and did.
      """
    let fitted = TextWrap.fit(text, width: 40)
    #expect(fitted.split(separator: "\n").allSatisfy { $0.count <= 40 }, "\(fitted)")
    #expect(
      fitted.split(separator: "\n").joined(separator: " ")
        == text.replacingOccurrences(of: "\n", with: " "))
  }

  @Test func listItemsKeepTheirLinesAndHangTheirIndent() {
    let text = """
      Weak: "Would you be interested in trying it sometime, maybe, when you have time?"
      - Time: a second meeting, a trial on their own data, a demo for their team.
      - Money: a deposit.
      """
    let lines = TextWrap.fit(text, width: 44).split(separator: "\n").map(String.init)
    #expect(lines.allSatisfy { $0.count <= 44 }, "\(lines)")
    #expect(lines.contains("- Money: a deposit."))
    let time = try? #require(lines.firstIndex { $0.hasPrefix("- Time:") })
    #expect(time.map { lines[$0 + 1].hasPrefix("  ") } == true, "\(lines)")
  }

  @Test func theDebriefFitsAnEightyColumnTerminal() throws {
    let home = try TemporaryDirectory()
    let session = try home.start(
      ["debrief", "Sam Lee"], environment: ["ADVANCE_TODAY": "2026-12-01"], columns: 80,
      waitFor: "What commitment did you want")
    session.type("an intro")
    session.press(.enter)
    let screen = try session.waitFor("finish with a line holding only")
    let wide = screen.split(separator: "\n").filter { $0.count > 80 }
    #expect(wide.isEmpty, "\(wide)")
    #expect(screen.contains("guesses\nabout the future"))
    session.type(":quit")
    session.press(.enter)
    _ = try session.waitForExit()
  }
}
