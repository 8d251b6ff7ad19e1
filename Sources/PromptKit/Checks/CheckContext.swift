/// What a check may know besides the answer: which question it is and the earlier answers.
public struct CheckContext: Sendable, Hashable {
  /// The id of the question being answered.
  public var questionID: String
  /// The answers given so far, by question id, in their stored text form.
  public var answers: [String: String]

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - questionID: The id of the question being answered.
  ///   - answers: The earlier answers by question id.
  public init(questionID: String, answers: [String: String] = [:]) {
    self.questionID = questionID
    self.answers = answers
  }
}
