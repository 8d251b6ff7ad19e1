/// One answered question for `:show` and summaries.
public struct ShownAnswer: Sendable, Hashable {
  /// The question's id.
  public var questionID: String
  /// The question, interpolated.
  public var question: String
  /// The answer as displayed (labels for choices).
  public var answer: String
}
