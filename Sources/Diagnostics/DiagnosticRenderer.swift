/// Renders diagnostics compiler style: the headline, then the source line and a caret under the column.
///
/// ```
/// prompts/prep.yaml:14:9: error: unknown key 'qustions' (did you mean 'questions'?)
///         qustions:
///         ^
/// ```
///
/// The renderer never prints colour; the terminal layer may add it.
public struct DiagnosticRenderer: Sendable {
  private let sources: [String: [Substring]]

  /// Creates a renderer that knows the text of some files.
  ///
  /// - Parameter sources: File text by path, as the path appears in ``SourceLocation/file``.
  ///   Leave out files whose lines must not be echoed (answers files may hold private notes).
  public init(sources: [String: String] = [:]) {
    self.sources = sources.mapValues { DiagnosticRenderer.lines(of: $0) }
  }

  /// Renders one diagnostic with its notes, lines joined by `\n`, without a trailing newline.
  ///
  /// - Parameter diagnostic: The diagnostic to render.
  /// - Returns: The headline, the source line and caret when the file text is known, then notes.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = [diagnostic.headline]
    if let location = diagnostic.location, let snippet = snippet(at: location) {
      out.append(snippet)
    }
    for note in diagnostic.notes {
      out.append(render(note))
    }
    return out.joined(separator: "\n")
  }

  /// Renders several diagnostics, one after the other.
  ///
  /// - Parameter diagnostics: The diagnostics, in the order to print them.
  /// - Returns: Their renderings joined by newlines, ending with a newline when not empty.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { render($0) + "\n" }.joined()
  }

  /// How many scalars of a long line are shown on either side of the column.
  static let snippetRadius = 60

  /// The source line at a location and a caret line under its column, or nil when unknown.
  ///
  /// A line holding control characters is not echoed (it could be a NUL or a terminal escape),
  /// nor an empty one; a long line is cut to a window around the column, marked with `…`.
  private func snippet(at location: SourceLocation) -> String? {
    guard let lines = sources[location.file], location.line >= 1, location.line <= lines.count
    else { return nil }
    let scalars = Array(lines[location.line - 1].unicodeScalars)
    let isControl = { (scalar: Unicode.Scalar) in
      scalar != "\t" && (scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value))
    }
    guard !scalars.isEmpty, !scalars.contains(where: isControl) else { return nil }
    let column = min(max(location.column - 1, 0), scalars.count)
    let start = max(0, column - Self.snippetRadius)
    let end = min(scalars.count, column + Self.snippetRadius)
    var line = start > 0 ? "…" : ""
    line.unicodeScalars.append(contentsOf: scalars[start..<end])
    if end < scalars.count { line += "…" }
    // Keep tabs in the caret line so the caret lines up whatever the tab width.
    var caret = start > 0 ? " " : ""
    for scalar in scalars[start..<column] {
      caret.append(scalar == "\t" ? "\t" : " ")
    }
    return "\(line)\n\(caret)^"
  }

  static func lines(of text: String) -> [Substring] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.hasSuffix("\r") ? line.dropLast() : line
    }
  }
}

extension Diagnostic {
  /// Renders this diagnostic compiler style, given the text of the file it points into.
  ///
  /// - Parameter source: The text of ``location``'s file, or nil to print the headline alone.
  /// - Returns: The headline, the source line, a caret line, then any notes in the same file.
  public func rendered(source: String?) -> String {
    guard let source, let file = location?.file else {
      return DiagnosticRenderer().render(self)
    }
    return DiagnosticRenderer(sources: [file: source]).render(self)
  }
}
