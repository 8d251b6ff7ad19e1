/// A problem in a persona or drill file, with its place: printed compiler style as
/// `path:line:col: error: message`, then the line and a caret under the column.
public struct LoadProblem: Error, Equatable, Sendable, CustomStringConvertible {
  public enum Severity: String, Sendable {
    case error
    case warning
  }

  public var path: String
  public var line: Int
  public var column: Int
  public var severity: Severity
  public var message: String
  /// The source line the problem is on, when known.
  public var sourceLine: String?

  public init(
    path: String, line: Int, column: Int, severity: Severity = .error, message: String,
    sourceLine: String? = nil
  ) {
    self.path = path
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.sourceLine = sourceLine
  }

  /// `path:line:col: severity: message`.
  public var description: String {
    "\(path):\(line):\(column): \(severity.rawValue): \(message)"
  }

  /// The description, then the source line and a caret under the column.
  public var rendered: String {
    guard let sourceLine else { return description }
    let caret = String(repeating: " ", count: max(0, column - 1)) + "^"
    return description + "\n" + sourceLine + "\n" + caret
  }
}
