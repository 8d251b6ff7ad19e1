import Testing

@testable import Scoring

@Suite struct QuestionCheckerTests {
  let checker = QuestionChecker(lexicon: bundledLexicon)

  @Test(arguments: [
    ("Would you pay for a tool that did this?", QuestionFlag.Kind.hypothetical),
    ("Do you think your team would use it?", .hypothetical),
    ("Do you like the new dashboard?", .complimentFishing),
    ("Don't you hate chasing invoices?", .leading),
    ("Chasing invoices is the worst, right?", .leading),
    ("Our app automates reconciliation, would that help?", .pitching),
    ("What are your biggest pain points?", .generic),
  ])
  func trapsAreFlagged(question: String, kind: QuestionFlag.Kind) throws {
    let result = checker.checkOne(question)
    #expect(result.flags.map(\.kind).contains(kind), "\(result.flags)")
    let flag = try #require(result.flags.first { $0.kind == kind })
    #expect(!flag.hint.isEmpty)
  }

  @Test(arguments: [
    "When did this last happen, and what did you do about it?",
    "Walk me through how you closed the books last month.",
    "How much did you spend on contractors for this last year?",
    "What have you tried so far?",
    "Who signs off on new tools like this?",
  ])
  func behaviourQuestionsPass(question: String) {
    let result = checker.checkOne(question)
    #expect(result.isGood, "\(result.flags)")
  }

  @Test func multiLineInputIsSplitAndBulletsStripped() {
    let results = checker.check(
      """
      - What did you do the last time this happened?
      2. Would you buy it?

      * Do you like it?
      """)
    #expect(
      results.map(\.text) == [
        "What did you do the last time this happened?", "Would you buy it?", "Do you like it?",
      ])
    #expect(results.map(\.isGood) == [true, false, false])
  }
}
