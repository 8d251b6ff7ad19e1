import PromptKit
import Scoring
import Testing
import Workflow

@Suite struct CheckTests {
  let registry = CheckRegistry(ScoringChecks.all(lexicon: bundledLexicon))

  @Test func checksAreKnownByName() {
    #expect(registry.names == ["reply", "ask", "questions"])
  }

  @Test func replyCheckWarnsOnAHedge() throws {
    let check = try #require(registry["reply"])
    let feedback = check.check(
      "Sounds great, keep me posted", context: CheckContext(questionID: "reply"))
    #expect(feedback.level == .warning)
    #expect(feedback.lines.first?.hasPrefix("hedge") == true)
  }

  /// The prep's stage keys (`first`, `follow-up`, `closing`) reach the grader: a money ask is
  /// right-sized at closing and too big in a first meeting.
  @Test func askCheckReadsThePrepsStage() throws {
    let check = try #require(registry["ask"])
    let ask = "Would you put down a $2,000 deposit by Friday to hold your pilot slot?"
    let first = check.check(
      ask, context: CheckContext(questionID: "ask", answers: ["stage": "first"]))
    let closing = check.check(
      ask, context: CheckContext(questionID: "ask", answers: ["stage": "closing"]))
    #expect(first.lines.contains { $0.contains("right size") }, "\(first.lines)")
    #expect(first.level != .good)
    #expect(closing.level == .good, "\(closing.lines)")
    #expect(!closing.lines.contains { $0.contains("right size") })
  }

  @Test func questionsCheckListsEachFlag() throws {
    let check = try #require(registry["questions"])
    let feedback = check.check(
      "Would you use it?\nWhat did you do last time?", context: CheckContext(questionID: "q"))
    #expect(feedback.level == .warning)
    #expect(feedback.lines.count == 1)
    #expect(feedback.lines.first?.contains("hypothetical") == true)
    #expect(check.check("", context: CheckContext(questionID: "q")) == .none)
  }
}
