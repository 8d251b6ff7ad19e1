import Scoring

/// The scoring module's ask grader, seen through `AskGrading`.
///
/// The grader's 0–100 score decides the grade: below 40, or with nothing concrete asked for, the
/// ask is weak; 85 and up (an A) with a day to hold them to it is strong; fair otherwise. An ask
/// with no date cannot be crisp however well it scores: "sometime" is the door to a soft no. An
/// ask is oversized when the grader says it is too big for the stage.
public struct ScoringAskGrader: AskGrading {
  public let grader: AskGrader

  public init(_ grader: AskGrader) {
    self.grader = grader
  }

  public func grade(ask: String, stage: Stage) -> AskAssessment {
    let result = grader.grade(ask, stage: stage == .early ? .early : .later)
    // The grader names each gap in words; these prefixes are its stable markers for "no
    // concrete action", "no date" and "too big for the stage".
    let vague = result.missing.contains { $0.hasPrefix("what:") }
    let undated = result.missing.contains { $0.hasPrefix("when:") }
    let oversized = result.missing.contains { $0.hasPrefix("right size:") && $0.contains("big") }
    let grade: AskAssessment.Grade =
      vague || result.score < 40 ? .weak : result.score >= 85 && !undated ? .strong : .fair
    return AskAssessment(
      grade: grade, score: result.score, isOversized: oversized, missing: result.missing,
      betterWording: result.better)
  }
}
