import Testing

@testable import PromptKit

private struct LengthCheck: AnswerCheck {
  let name = "length"
  func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    answer.count < 5
      ? CheckFeedback(.problem, ["too short for \(context.questionID)"]) : .none
  }
}

@Test func registryFindsChecksByName() throws {
  let registry = CheckRegistry([LengthCheck()])
  #expect(registry.names == ["length"])
  let check = try #require(registry["length"])
  let feedback = check.check("hey", context: CheckContext(questionID: "ask"))
  #expect(feedback == CheckFeedback(.problem, ["too short for ask"]))
  #expect(registry["missing"] == nil)
}
