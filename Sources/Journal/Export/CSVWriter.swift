/// RFC 4180 CSV: CRLF line endings; a field with a comma, quote, CR or LF is quoted, and its
/// quotes doubled.
public struct CSVWriter: Sendable {
  private var text = ""

  /// Starts an empty table.
  public init() {}

  /// Quotes one field if it needs it; control characters but line breaks and tabs are shown.
  public static func field(_ text: String) -> String {
    let value = VisibleText.of(text, layout: .block)
    let needsQuotes = value.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Appends one record.
  public mutating func append(_ fields: [String]) {
    text += fields.map(Self.field).joined(separator: ",") + "\r\n"
  }

  /// The table so far.
  public var output: String { text }
}
