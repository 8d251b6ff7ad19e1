import PromptKit
import Scoring

/// The checks this module provides, ready for a ``CheckRegistry``.
public enum ScoringChecks {
  /// The `reply`, `ask` and `questions` checks over one lexicon.
  ///
  /// - Parameter lexicon: The lexicon they share.
  /// - Returns: The checks.
  public static func all(lexicon: Lexicon) -> [any AnswerCheck] {
    [ReplyCheck(lexicon: lexicon), AskCheck(lexicon: lexicon), QuestionsCheck(lexicon: lexicon)]
  }
}
