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
    let library = promptLibrary
    var sources: [LexiconSource] = []
    var names = Set(library.bundledNames.filter { $0.hasPrefix("lexicon/") })
    if let folder = library.userDirectory,
      let own = try? FileManager.default.contentsOfDirectory(atPath: folder + "/lexicon")
    {
      names.formUnion(own.filter { $0.hasSuffix(".yaml") }.map { "lexicon/" + $0 })
    }
    for name in names.sorted() {
      do {
        guard let file = try library.file(name) else { continue }
        let fileName = String(name.dropFirst("lexicon/".count))
        sources.append(LexiconSource(name: fileName, path: file.displayPath, text: file.text))
      } catch {
        throw CommandFailure("cannot read \(error)")
      }
    }
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

  /// The checks prompt scripts may name: `ask`, `questions` and `reply`.
  ///
  /// - Throws: `CommandFailure` when the lexicon they need is broken.
  func checks() throws -> CheckRegistry {
    CheckRegistry(ScoringChecks.all(lexicon: try lexicon()))
  }
}
