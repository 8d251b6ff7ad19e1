import Foundation
import PromptKit

/// The kinds of files under a prompts folder, each with its own loader and diagnostics.
enum PromptFileKind: String, CaseIterable {
  case wizard
  case lexicon
  case persona
  case drill

  /// The kind of the file at `name`, a path below a prompts folder or any path: by its folder.
  static func of(_ name: String) -> PromptFileKind? {
    guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return nil }
    let folders = name.split(separator: "/").dropLast().map(String.init)
    switch folders.last {
    case "lexicon": return .lexicon
    case "personas": return .persona
    case "drills": return .drill
    default: return .wizard
    }
  }

  /// Loads a file of this kind and returns what is wrong with it.
  func diagnose(text: String, path: String, checks: CheckRegistry) -> [Diagnostic] {
    switch self {
    case .wizard:
      return ScriptLoader(knownChecks: checks.names).load(data: Data(text.utf8), path: path)
        .diagnostics
    case .lexicon, .persona, .drill:
      return []
    }
  }
}
