/// What loading a script produced.
import Diagnostics

public struct ScriptLoadResult: Sendable {
  /// The script, when it has no errors.
  public var script: Script?
  /// Every problem found, sorted by place.
  public var diagnostics: [Diagnostic]
  /// The file's text by path, for ``DiagnosticRenderer/init(sources:)``.
  public var sources: [String: String]

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The diagnostics rendered compiler style, each followed by a newline.
  public var renderedDiagnostics: String {
    DiagnosticRenderer(sources: sources).render(diagnostics)
  }
}
