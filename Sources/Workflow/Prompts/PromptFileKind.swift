import Diagnostics
import Foundation
import Practice
import PromptKit
import Scoring

/// The kinds of files `check` reads, each with its own loader and diagnostics: those under a
/// prompts folder, and the settings file.
public enum PromptFileKind: String, CaseIterable, Sendable {
  case wizard
  case lexicon
  case persona
  case drill
  /// `config.yaml`, the thresholds of `today` (``AgendaConfig``).
  case config

  /// The kind of the file at `name`, a path below a prompts folder or any path: by its folder.
  public static func of(_ name: String) -> PromptFileKind? {
    guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
    let folders = name.split(separator: "/").dropLast().map(String.init)
    switch folders.last {
    case "lexicon": return .lexicon
    case "personas": return .persona
    case "drills": return .drill
    default: return name.split(separator: "/").last == "config.yaml" ? .config : .wizard
    }
  }

  /// The check names scripts may use, known without loading the lexicon the checks need.
  public static let checkNames = Set(ScoringChecks.all(lexicon: Lexicon(groups: [])).map(\.name))

  /// Loads files of this kind together and returns what is wrong with them.
  ///
  /// Lexicon files are read as one lexicon, since a group may rely on another file's.
  ///
  /// - Parameter files: Each file's path (as diagnostics name it) and text.
  /// - Returns: Every diagnostic, in file order.
  public func diagnose(_ files: [(path: String, text: String)]) -> [Diagnostic] {
    switch self {
    case .wizard:
      return files.flatMap { file in
        ScriptLoader(knownChecks: Self.checkNames).load(data: Data(file.text.utf8), path: file.path)
          .diagnostics
      }
    case .lexicon:
      let sources = files.map { file in
        LexiconSource(
          name: String(file.path.split(separator: "/").last ?? ""), path: file.path,
          text: file.text)
      }
      return LexiconLoader.load(sources).diagnostics
    case .persona:
      return files.flatMap { file in
        PersonaLoader.load(file.text, path: file.path).1
      }
    case .drill:
      return DrillDeckLoader.load(files.map { .init(path: $0.path, text: $0.text) }).1
    case .config:
      return files.flatMap { AgendaConfig.load($0.text, path: $0.path).1 }
    }
  }
}
