import Diagnostics

/// The problems any YAML file can have, found by ``YAMLDocument`` and ``YAMLNode``.
extension DiagnosticCode {
  /// The path does not exist or cannot be opened or read.
  public static let unreadableFile = DiagnosticCode("unreadable-file")
  /// The path is a directory or another kind of non-regular file.
  public static let notAFile = DiagnosticCode("not-a-file")
  /// The file is over the size limit.
  public static let fileTooLarge = DiagnosticCode("file-too-large")
  /// The file is blank or holds only comments.
  public static let emptyFile = DiagnosticCode("empty-file")
  /// Yams could not read the text.
  public static let yamlSyntax = DiagnosticCode("yaml-syntax")
  /// Collections nest deeper than the limit.
  public static let tooDeep = DiagnosticCode("too-deep")
  /// Too many aliases, or aliases that expand the document past the limit.
  public static let tooManyAliases = DiagnosticCode("too-many-aliases")
  /// A mapping holds the same key twice.
  public static let duplicateKey = DiagnosticCode("duplicate-key")
  /// A key is a list, a mapping or an alias of one.
  public static let nonScalarKey = DiagnosticCode("non-scalar-key")
  /// A required key is absent.
  public static let missingKey = DiagnosticCode("missing-key")
  /// A key the reader does not know.
  public static let unknownKey = DiagnosticCode("unknown-key")
  /// A value of the wrong kind (a list for a string, …).
  public static let wrongType = DiagnosticCode("wrong-type")
  /// A number outside its allowed range.
  public static let outOfRange = DiagnosticCode("out-of-range")
}
