import PromptKit
import Scoring

/// The `reply` check: reads the prospect's reply and says whether it was a commitment.
public struct ReplyCheck: AnswerCheck {
  /// The name scripts use.
  public let name = "reply"
  private let interpreter: Interpreter

  /// Creates the check.
  ///
  /// - Parameter lexicon: The lexicon the interpreter uses.
  public init(lexicon: Lexicon) {
    interpreter = Interpreter(lexicon: lexicon)
  }

  /// Interprets the answer as a reply.
  public func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    guard !answer.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return .none }
    let result = interpreter.interpret(answer)
    var headline = "\(result.verdict.rawValue), strength \(result.strength)"
    if !result.currencies.isEmpty {
      headline += " (\(result.currencies.map(\.rawValue).joined(separator: ", ")))"
    }
    let level: CheckFeedback.Level = result.verdict == .hedge ? .warning : .good
    return CheckFeedback(level, [headline] + result.reasons.dropFirst().prefix(3))
  }
}
