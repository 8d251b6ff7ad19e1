import PromptKit
import Testing

@testable import Scoring

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

  @Test func askCheckReadsTheStageFromEarlierAnswers() throws {
    let check = try #require(registry["ask"])
    let ask = "Can we book a call on Friday at 2pm?"
    let early = check.check(
      ask, context: CheckContext(questionID: "ask", answers: ["stage": "early"]))
    let later = check.check(
      ask, context: CheckContext(questionID: "ask", answers: ["stage": "later"]))
    #expect(early.level == .good)
    #expect(later.lines.contains { $0.contains("right size") })
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
