import Scoring
import Vocabulary

/// The scoring module's ask grader, seen through `AskGrading`.
///
/// An ask with nothing concrete to do, or that costs them nothing, is weak; a good ask for the
/// stage with a day to hold them to it is strong; fair otherwise. An ask with no date cannot be
/// crisp however well it scores: "sometime" is the door to a soft no. An ask is oversized when
/// the grader says it is too big for the stage.
public struct ScoringAskGrader: AskGrading {
  public let grader: AskGrader

  public init(_ grader: AskGrader) {
    self.grader = grader
  }

  public func grade(ask: String, stage: Stage) -> AskAssessment {
    let result = grader.grade(ask, stage: stage)
    // Weak: nothing concrete to say yes or no to. Strong: a good ask for the stage, with a
    // day to hold them to it ("sometime" is the door to a soft no). Fair otherwise.
    let vague = result.gaps.contains(.what) || result.gaps.contains(.cost)
    let undated = result.gaps.contains(.when)
    let oversized = result.gaps.contains(.tooBig)
    let grade: AskAssessment.Grade =
      vague ? .weak : result.isGood && !undated && !oversized ? .strong : .fair
    return AskAssessment(
      grade: grade, score: result.score, isOversized: oversized, missing: result.missing,
      betterWording: result.better)
  }
}
