import Diagnostics
import Foundation
import PromptKit
import Scoring
import Workflow

extension CommandContext {
  /// The prompt files in use: the bundled ones, overridden by the user's prompts folder.
  var promptLibrary: PromptLibrary {
    PromptLibrary(
      userDirectory: PromptLibrary.userDirectory(option: options.prompts, environment: environment))
  }

  /// Fails when the prompts folder was named (`--prompts`, `$ADVANCE_PROMPTS`) but is missing.
  ///
  /// A typo would otherwise run the bundled prompts without a word. The default folder under
  /// `$XDG_CONFIG_HOME` may be missing.
  ///
  /// - Throws: `CommandFailure` with status 2, naming the option or variable.
  func checkPromptsFolder() throws(CommandFailure) {
    let named: (source: String, path: String)
    if let option = options.prompts, !option.isEmpty {
      named = ("--prompts", option)
    } else if let variable = environment["ADVANCE_PROMPTS"], !variable.isEmpty {
      named = ("ADVANCE_PROMPTS", variable)
    } else {
      return
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: named.path, isDirectory: &isFolder) else {
      throw CommandFailure("\(named.source) \(named.path): no such folder", status: 2)
    }
    if !isFolder.boolValue {
      throw CommandFailure("\(named.source) \(named.path): is a file, not a folder", status: 2)
    }
  }

  /// The scoring lexicon, from `prompts/lexicon/*.yaml`.
  ///
  /// Each file is overridable by a user file of the same name. Its diagnostics are printed;
  /// errors make it unusable.
  ///
  /// - Throws: `CommandFailure` when a lexicon file has errors or cannot be read.
  func lexicon() throws -> Lexicon {
    let shared = try deferredLexicon()
    let (lexicon, diagnostics) = shared.loaded()
    if shared.hasErrors || (!diagnostics.isEmpty && shared.takeWarningsToShow()) {
      let texts = Dictionary(uniqueKeysWithValues: shared.sources.map { ($0.path, $0.text) })
      console.errorText(DiagnosticRenderer(sources: texts).render(diagnostics))
    }
    if shared.hasErrors {
      throw CommandFailure("the scoring lexicon has errors; fix them or remove your copy")
    }
    return lexicon
  }

  /// The lexicon this context's commands share, not built until first used.
  ///
  /// - Throws: `CommandFailure` when a lexicon file cannot be read.
  func deferredLexicon() throws -> DeferredLexicon {
    if let lexicon = shared.lexicon { return lexicon }
    let made = DeferredLexicon(sources: try lexiconSources())
    shared.lexicon = made
    return made
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
    let lexicon = try deferredLexicon()
    return CheckRegistry(
      PromptFileKind.checkNames.sorted().map { DeferredCheck(name: $0, lexicon: lexicon) })
  }
}
