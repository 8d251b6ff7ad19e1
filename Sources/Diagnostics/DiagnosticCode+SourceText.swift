/// The problems ``SourceText`` finds in a file's bytes.
extension DiagnosticCode {
  /// The bytes are not UTF-8.
  public static let invalidUTF8 = DiagnosticCode("invalid-utf8")
  /// The text holds a NUL byte.
  public static let nulByte = DiagnosticCode("nul-byte")
}
