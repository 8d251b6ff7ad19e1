/// Collects diagnostics while a file is read, so a loader reports every problem, not just the first.
///
/// A reference type on purpose: the YAML node readers (``YAMLNode``, ``YAMLMapping``) share one bag
/// and add to it as they go. Use one bag per load, from one task at a time.
public final class DiagnosticBag {
  /// The diagnostics so far, in the order they were reported.
  public private(set) var diagnostics: [Diagnostic] = []
  /// The text of each file read into this bag, by path, for rendering source lines.
  ///
  /// ``YAMLDocument`` records a file here as soon as it is decoded, so even a file with a syntax
  /// error can be shown. Leave out files whose lines must not be echoed (answers files).
  public private(set) var sources: [String: String] = [:]

  /// Creates an empty bag.
  public init() {}

  /// Adds a diagnostic.
  public func report(_ diagnostic: Diagnostic) {
    diagnostics.append(diagnostic)
  }

  /// Records the text of a file, for rendering.
  public func addSource(_ text: String, for path: String) {
    sources[path] = text
  }

  /// Adds several diagnostics.
  public func report(contentsOf more: some Sequence<Diagnostic>) {
    diagnostics.append(contentsOf: more)
  }

  /// Adds an error.
  public func error(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    notes: [Diagnostic] = []
  ) {
    report(.error(code, message, at: location, notes: notes))
  }

  /// Adds a warning.
  public func warning(
    _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
    notes: [Diagnostic] = []
  ) {
    report(.warning(code, message, at: location, notes: notes))
  }

  /// Whether any error has been reported.
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The number of errors reported.
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }

  /// The diagnostics sorted by place (stable for equal places), the order `advance check` prints.
  public var sorted: [Diagnostic] {
    diagnostics.enumerated().sorted { lhs, rhs in
      switch (lhs.element.location, rhs.element.location) {
      case (let left?, let right?) where left != right: return left < right
      case (nil, _?): return true
      case (_?, nil): return false
      default: return lhs.offset < rhs.offset
      }
    }.map(\.element)
  }
}
