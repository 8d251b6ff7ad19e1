import Diagnostics
import Foundation
import YAMLSource
import Yams

/// Reads a prompt script and checks it, reporting every problem at once.
///
/// ```swift
/// let result = ScriptLoader(knownChecks: registry.names).load(path: "prompts/prep.yaml")
/// print(DiagnosticRenderer(sources: result.sources).render(result.diagnostics), terminator: "")
/// guard let script = result.script else { exit(1) }
/// ```
public struct ScriptLoader: Sendable {
  /// The check names scripts may use; nil accepts any name (unknown checks are then ignored at
  /// run time).
  public var knownChecks: Set<String>?
  /// Size, alias and depth caps.
  public var limits: YAMLLimits

  /// Creates a loader.
  ///
  /// - Parameters:
  ///   - knownChecks: The registered check names, or nil to accept any.
  ///   - limits: Size, alias and depth caps.
  public init(knownChecks: Set<String>? = nil, limits: YAMLLimits = .standard) {
    self.knownChecks = knownChecks
    self.limits = limits
  }

  /// The keys each part of a script may have.
  enum Keys {
    static let scriptRequired = ["title", "steps"]
    static let scriptOptional = ["wizard", "intro", "summary", "given"]
    static let stepRequired = ["id", "title", "questions"]
    static let stepOptional = ["why", "next"]
    static let questionRequired = ["id", "ask"]
    static let questionOptional = [
      "type", "help", "required", "default", "when", "check", "choices", "min_length",
      "max_length", "pattern", "pattern_message", "min", "max", "currency",
    ]
    static let jumpRequired = ["step"]
    static let jumpOptional = ["when"]
    static let choiceRequired = ["key", "label"]
  }

  /// Loads a script file.
  ///
  /// - Parameter path: The file; also the name diagnostics print.
  /// - Returns: The script (nil when there are errors), every diagnostic sorted by place, and the
  ///   file's text for rendering.
  public func load(path: String) -> ScriptLoadResult {
    let bag = DiagnosticBag()
    let document = YAMLDocument.load(path: path, into: bag, limits: limits)
    return finish(document, path: path, bag: bag)
  }

  /// Loads a script from bytes (for scripts built into the binary).
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The name diagnostics print.
  /// - Returns: The script, its diagnostics and its text.
  public func load(data: Data, path: String) -> ScriptLoadResult {
    let bag = DiagnosticBag()
    let document = YAMLDocument.parse(data, path: path, into: bag, limits: limits)
    return finish(document, path: path, bag: bag)
  }

  private func finish(_ document: YAMLDocument?, path: String, bag: DiagnosticBag)
    -> ScriptLoadResult
  {
    var script: Script?
    if let document {
      var reader = ScriptReader(path: path, bag: bag, knownChecks: knownChecks)
      script = reader.read(document.root)
    }
    let diagnostics = bag.sorted
    let failed = diagnostics.contains { $0.severity == .error }
    return ScriptLoadResult(
      script: failed ? nil : script, diagnostics: diagnostics,
      sources: bag.sources)
  }
}
