/// A named check that reads one answer and gives feedback shown right under it.
///
/// The prompt engine knows checks only by name (`check: ask` in a script), so PromptKit does not
/// depend on the module that implements them. The executable registers the checks it has in a
/// ``CheckRegistry``; a script naming a check that is not registered gets a diagnostic.
///
/// Implementations must be pure: same answer and context, same feedback.
public protocol AnswerCheck: Sendable {
  /// The name scripts use, such as `ask`, `questions` or `reply`.
  var name: String { get }

  /// Reads an answer.
  ///
  /// - Parameters:
  ///   - answer: The answer as stored (for notes, all lines joined by newlines).
  ///   - context: The question being answered and the answers given before it.
  /// - Returns: Feedback to show under the answer; use ``CheckFeedback/none`` for nothing to say.
  func check(_ answer: String, context: CheckContext) -> CheckFeedback
}
