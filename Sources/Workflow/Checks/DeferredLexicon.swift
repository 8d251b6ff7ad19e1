import Diagnostics
import PromptKit
import Scoring
import Synchronization

/// The scoring lexicon, built the first time something needs it rather than at start-up: loading
/// a script needs only the checks' names, and the first question should not wait for the trie.
///
/// One instance is shared by a command's checks and its scorers, so the lexicon is built once.
public final class DeferredLexicon: Sendable {
  public typealias Loaded = (lexicon: Lexicon, diagnostics: [Diagnostic])

  public let sources: [LexiconSource]
  private let state = Mutex<(loaded: Loaded?, warningsShown: Bool)>((nil, false))

  public init(sources: [LexiconSource]) {
    self.sources = sources
  }

  /// The lexicon and its diagnostics, built on the first call.
  public func loaded() -> Loaded {
    state.withLock { state in
      if let loaded = state.loaded { return loaded }
      let loaded = LexiconLoader.load(sources)
      state.loaded = loaded
      return loaded
    }
  }

  /// Whether the lexicon's diagnostics have errors, which make it unusable.
  public var hasErrors: Bool {
    loaded().diagnostics.contains { $0.severity == .error }
  }

  /// Marks the warnings as shown; returns true the first time only.
  public func takeWarningsToShow() -> Bool {
    state.withLock { state in
      defer { state.warningsShown = true }
      return !state.warningsShown
    }
  }
}
