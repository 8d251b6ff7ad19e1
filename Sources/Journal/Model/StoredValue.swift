import Foundation
import GRDB

/// Reading and writing the columns of the hot records by hand.
///
/// GRDB's Codable path decodes every JSON column with a fresh `JSONDecoder`, and a column looked
/// up by name is lowercased on every row; together they made the pipeline of 10,000 leads many
/// times slower than its query. Columns are therefore read by position: `SELECT *` returns them
/// in table order, which migrations only ever extend at the end (`ColumnOrderTests` checks it).
enum StoredValue {
  /// A value in the file that this binary could not have written.
  struct Invalid: Error, Equatable {
    let column: Int
  }

  /// `["a","b"]` as JSON text, as JSONEncoder writes it.
  static func encode(_ strings: [String]) -> String {
    "[" + strings.map(quote).joined(separator: ",") + "]"
  }

  static func quote(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// The common case without escapes or spaces, `["a","b"]`, read straight from the UTF-8.
  private static func decodeSimpleStrings(_ text: String) -> [String]? {
    var text = text
    return text.withUTF8 { bytes -> [String]? in
      let quote = UInt8(ascii: "\"")
      guard bytes.count >= 4, bytes[0] == UInt8(ascii: "["), bytes[1] == quote,
        bytes[bytes.count - 2] == quote, bytes[bytes.count - 1] == UInt8(ascii: "]"),
        !bytes.contains(UInt8(ascii: "\\"))
      else { return nil }
      var result: [String] = []
      var start = 2
      var index = 2
      while index < bytes.count - 1 {
        if bytes[index] == quote {
          result.append(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
          // After a closing quote: either `]` or `,"` and the next string.
          if index + 1 == bytes.count - 1 { return result }
          guard bytes[index + 1] == UInt8(ascii: ","), bytes[index + 2] == quote else {
            return nil
          }
          index += 3
          start = index
          continue
        }
        index += 1
      }
      return nil
    }
  }

  /// Reads a JSON array of strings; `nil` if the text is anything else.
  static func decodeStrings(_ text: String) -> [String]? {
    if text == "[]" { return [] }
    if let simple = decodeSimpleStrings(text) { return simple }
    var scalars = Array(text.unicodeScalars)[...]
    func skipSpace() {
      while let first = scalars.first,
        first == " " || first == "\n" || first == "\r"
          || first == "\t"
      {
        scalars.removeFirst()
      }
    }
    func hex4() -> UInt32? {
      guard scalars.count >= 4 else { return nil }
      let digits = String(String.UnicodeScalarView(scalars.prefix(4)))
      scalars.removeFirst(4)
      return UInt32(digits, radix: 16)
    }
    skipSpace()
    guard scalars.popFirst() == "[" else { return nil }
    var result: [String] = []
    skipSpace()
    if scalars.first == "]" {
      scalars.removeFirst()
      skipSpace()
      return scalars.isEmpty ? [] : nil
    }
    while true {
      skipSpace()
      guard scalars.popFirst() == "\"" else { return nil }
      var value = String.UnicodeScalarView()
      while true {
        guard let scalar = scalars.popFirst() else { return nil }
        if scalar == "\"" { break }
        guard scalar == "\\" else {
          value.append(scalar)
          continue
        }
        switch scalars.popFirst() {
        case "\"": value.append("\"")
        case "\\": value.append("\\")
        case "/": value.append("/")
        case "b": value.append("\u{8}")
        case "f": value.append("\u{C}")
        case "n": value.append("\n")
        case "r": value.append("\r")
        case "t": value.append("\t")
        case "u":
          guard var code = hex4() else { return nil }
          if (0xD800..<0xDC00).contains(code) {
            guard scalars.popFirst() == "\\", scalars.popFirst() == "u", let low = hex4(),
              (0xDC00..<0xE000).contains(low)
            else { return nil }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let decoded = Unicode.Scalar(code) else { return nil }
          value.append(decoded)
        default: return nil
        }
      }
      result.append(String(value))
      skipSpace()
      switch scalars.popFirst() {
      case ",": continue
      case "]":
        skipSpace()
        return scalars.isEmpty ? result : nil
      default: return nil
      }
    }
  }
}
