/// A place in a text file: the file's path as the user named it, and a 1-based line and column.
///
/// Columns count Unicode scalars, as libyaml's marks do, so a location taken from a `Yams.Mark`
/// can be used unchanged.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The path of the file, as it should be printed (for example `prompts/prep.yaml`).
  public var file: String
  /// The line, starting at 1.
  public var line: Int
  /// The column in Unicode scalars, starting at 1.
  public var column: Int

  /// Creates a location.
  ///
  /// - Parameters:
  ///   - file: The path as it should be printed.
  ///   - line: The 1-based line.
  ///   - column: The 1-based column, in Unicode scalars.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// `file:line:column`, the form compilers print.
  public var description: String { "\(file):\(line):\(column)" }
}

extension SourceLocation: Comparable {
  /// Orders locations by file, then line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
