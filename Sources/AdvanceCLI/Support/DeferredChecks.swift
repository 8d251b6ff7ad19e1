import PromptKit
import Scoring
import Synchronization

/// The scoring lexicon, built the first time a check needs it rather than at start-up: loading
/// a script needs only the checks' names, and the first question should not wait for the trie.
final class DeferredLexicon: Sendable {
  private let sources: [LexiconSource]
  private let loaded = Mutex<Result<Lexicon, CommandFailure>?>(nil)

  init(sources: [LexiconSource]) {
    self.sources = sources
  }

  /// The lexicon, or why it cannot be used.
  func lexicon() -> Result<Lexicon, CommandFailure> {
    loaded.withLock { cached in
      if let cached { return cached }
      let (lexicon, diagnostics) = LexiconLoader.load(sources)
      let result: Result<Lexicon, CommandFailure> =
        diagnostics.contains { $0.severity == .error }
        ? .failure(CommandFailure("the scoring lexicon has errors; run 'advance check'"))
        : .success(lexicon)
      cached = result
      return result
    }
  }
}

/// A scoring check known by name at once, and run with the lexicon once it is loaded.
struct DeferredCheck: AnswerCheck {
  let name: String
  let lexicon: DeferredLexicon

  func check(_ answer: String, context: CheckContext) -> CheckFeedback {
    switch lexicon.lexicon() {
    case .failure(let failure):
      return CheckFeedback(.warning, [failure.message])
    case .success(let lexicon):
      let check = ScoringChecks.all(lexicon: lexicon).first { $0.name == name }
      return check?.check(answer, context: context) ?? .none
    }
  }
}
