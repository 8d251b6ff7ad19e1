import Scoring

/// The scoring module's question checker, seen through `QuestionChecking`.
public struct ScoringQuestionChecker: QuestionChecking {
  public let checker: QuestionChecker

  public init(_ checker: QuestionChecker) {
    self.checker = checker
  }

  public func check(question: String) -> [String] {
    checker.checkOne(question).flags.map { "\($0.kind.rawValue): \($0.hint)" }
  }
}
