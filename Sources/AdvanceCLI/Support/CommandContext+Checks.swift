import Foundation
import PromptKit
import Scoring

extension CommandContext {
  /// The prompt files in use: the bundled ones, overridden by the user's prompts folder.
  var promptLibrary: PromptLibrary {
    PromptLibrary(
      userDirectory: PromptLibrary.userDirectory(option: options.prompts, environment: environment))
  }

  /// The scoring lexicon, from `prompts/lexicon/*.yaml`.
  ///
  /// Each file is overridable by a user file of the same name. Its diagnostics are printed;
  /// errors make it unusable.
  ///
  /// - Throws: `CommandFailure` when a lexicon file has errors or cannot be read.
  func lexicon() throws -> Lexicon {
    if let cachedLexicon { return cachedLexicon }
    let sources = try lexiconSources()
    let (lexicon, diagnostics) = LexiconLoader.load(sources)
    if !diagnostics.isEmpty {
      let texts = Dictionary(uniqueKeysWithValues: sources.map { ($0.path, $0.text) })
      console.errorText(DiagnosticRenderer(sources: texts).render(diagnostics))
    }
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw CommandFailure("the scoring lexicon has errors; fix them or remove your copy")
    }
    cachedLexicon = lexicon
    return lexicon
  }

  /// The lexicon files in use, bundled ones overridden by the user's of the same name.
  ///
  /// - Throws: `CommandFailure` when a user file cannot be read.
  func lexiconSources() throws -> [LexiconSource] {
    let library = promptLibrary
    var sources: [LexiconSource] = []
    for name in library.names(in: "lexicon") {
      do {
        guard let file = try library.file(name) else { continue }
        let fileName = String(name.dropFirst("lexicon/".count))
        sources.append(LexiconSource(name: fileName, path: file.displayPath, text: file.text))
      } catch {
        throw CommandFailure("cannot read \(error)")
      }
    }
    return sources
  }

  /// The checks prompt scripts may name: `ask`, `questions` and `reply`.
  ///
  /// Their names are known at once; the lexicon they share is built when the first one runs.
  ///
  /// - Throws: `CommandFailure` when a lexicon file cannot be read.
  func checks() throws -> CheckRegistry {
    let lexicon = DeferredLexicon(sources: try lexiconSources())
    return CheckRegistry(
      PromptFileKind.checkNames.sorted().map { DeferredCheck(name: $0, lexicon: lexicon) })
  }
}
