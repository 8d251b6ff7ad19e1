/// Text from data made safe to show: control characters are written out instead of acting.
///
/// A name, reply or note can hold ESC, an OSC sequence (which sets a terminal's title or its
/// clipboard), a carriage return that overwrites what came before, or a bidirectional override
/// that reorders what is seen. Every printer and the Markdown, CSV and iCalendar exports pass
/// such text through `VisibleText.of`.
public enum VisibleText {
  /// What may stay as it is.
  public enum Layout: Sendable {
    /// One line: newlines and tabs are shown too (table cells, titles).
    case line
    /// Lines: newline, tab and CR LF stay (replies, notes, exports).
    case block
  }

  /// `text` with each control character shown: C0 and DEL in caret notation (ESC is `^[`, a lone
  /// CR `^M`), C1 controls and bidirectional overrides as `\u{9B}`.
  ///
  /// - Parameters:
  ///   - text: Text that came from data.
  ///   - layout: Whether line breaks and tabs are kept.
  /// - Returns: The text, unchanged when it holds nothing to show.
  public static func of(_ text: String, layout: Layout = .line) -> String {
    // Every character shown differently starts with one of these bytes in UTF-8.
    func marked(_ byte: UInt8) -> Bool {
      byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }
    // On the contiguous bytes when there are: a listing asks this of every name and step.
    let hasMarked =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(where: marked) }
      ?? text.utf8.contains(where: marked)
    guard hasMarked else { return text }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      let value = scalar.value
      let kept =
        layout == .block
        && (scalar == "\n" || scalar == "\t"
          || (scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"))
      if kept || !isShownEscaped(value) {
        result.append(scalar)
      } else if value < 0x20 || value == 0x7F {
        result.append("^")
        result.append(Unicode.Scalar(UInt8(value == 0x7F ? 0x3F : value + 0x40)))
      } else {
        result.append(
          contentsOf: "\\u{\(String(value, radix: 16, uppercase: true))}".unicodeScalars)
      }
    }
    return String(result)
  }

  private static func isShownEscaped(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x20, 0x7F...0x9F: return true
    // Embedding, override and isolate controls, which reorder the text around them.
    case 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }
}
