import PromptKit
import Scoring
import Vocabulary

/// The `ask` check: grades the ask as it is typed, with a better wording.
///
/// The stage comes from an earlier answer with the id `stage` (`first`, `follow-up` or `closing`), else first.
public struct AskCheck: AnswerCheck {
  /// The name scripts use.
  public let name = "ask"
  private let grader: AskGrader

  /// Creates the check.
  ///
  /// - Parameter lexicon: The lexicon the grader uses.
  public init(lexicon: Lexicon) {
    grader = AskGrader(lexicon: lexicon)
  }

  /// Grades the answer as an ask.
  public func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    guard !answer.unicodeScalars.allSatisfy(\.properties.isWhitespace) else { return .none }
    let stage = context.answers["stage"].flatMap { Stage(reading: $0) } ?? .first
    let grade = grader.grade(answer, stage: stage)
    let level: CheckFeedback.Level =
      switch grade.grade {
      case .a, .b: .good
      case .f: .problem
      default: .warning
      }
    var lines = ["grade \(grade.grade) (\(grade.score)/100)"]
    lines += grade.missing.map { "missing \($0)" }
    if !grade.missing.isEmpty { lines.append("try: \(grade.better)") }
    return CheckFeedback(level, lines)
  }
}
