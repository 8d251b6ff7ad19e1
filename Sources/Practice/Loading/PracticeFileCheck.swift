import PromptKit

/// What `advance check` calls for the practice files: the diagnostics of one persona or drill file.
public enum PracticeFileCheck {
  /// The diagnostics of the file named `name` below the prompts folder.
  ///
  /// - Parameters:
  ///   - name: The file's path below `prompts/`, such as `personas/skeptic.yaml`.
  ///   - path: The path to print in diagnostics.
  ///   - text: The file's contents.
  /// - Returns: Every diagnostic, sorted by place; nil when the file is not a persona or drill file.
  public static func diagnostics(name: String, path: String, text: String) -> [Diagnostic]? {
    if name.hasPrefix("personas/") {
      return PersonaLoader.load(text, path: path).1
    }
    if name.hasPrefix("drills/") {
      return DrillDeckLoader.load([.init(path: path, text: text)]).1
    }
    return nil
  }
}
