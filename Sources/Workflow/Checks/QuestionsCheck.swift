import PromptKit
import Scoring

/// The `questions` check: flags planned learning questions that invite fluff.
public struct QuestionsCheck: AnswerCheck {
  /// The name scripts use.
  public let name = "questions"
  private let checker: QuestionChecker

  /// Creates the check.
  ///
  /// - Parameter lexicon: The lexicon the checker uses.
  public init(lexicon: Lexicon) {
    checker = QuestionChecker(lexicon: lexicon)
  }

  /// Checks every question of the answer, one a line.
  public func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    let results = checker.check(answer)
    let flagged = results.filter { !$0.isGood }
    guard !flagged.isEmpty else {
      return results.isEmpty
        ? .none : CheckFeedback(.good, ["all \(results.count) questions ask about what they do"])
    }
    var lines: [String] = []
    for result in flagged {
      for flag in result.flags {
        lines.append("\u{201C}\(result.text)\u{201D}: \(flag.kind.rawValue); \(flag.hint)")
      }
    }
    let level: CheckFeedback.Level = flagged.count * 2 > results.count ? .problem : .warning
    return CheckFeedback(level, lines)
  }
}
