import PromptKit
import Scoring

/// A scoring check known by name at once, and run with the lexicon once it is loaded.
public struct DeferredCheck: AnswerCheck {
  public let name: String
  public let lexicon: DeferredLexicon

  public init(name: String, lexicon: DeferredLexicon) {
    self.name = name
    self.lexicon = lexicon
  }

  public func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    guard !lexicon.hasErrors else {
      return CheckFeedback(.warning, ["the scoring lexicon has errors; run 'advance check'"])
    }
    let check = ScoringChecks.all(lexicon: lexicon.loaded().lexicon).first { $0.name == name }
    return check?.check(answer, context: context) ?? .none
  }
}
