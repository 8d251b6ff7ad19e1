/// Fits a prompt file's text to a narrow terminal.
///
/// Authors break their lines where they like (about 95 columns in the bundled scripts). When a
/// line is wider than the terminal, the paragraph it belongs to is reflowed at word boundaries;
/// list items (`-`, `*`, `1.`) and indented lines start lines of their own and wrap under their
/// own indent. Text that already fits is left exactly as written.
enum TextWrap {
  static func fit(_ text: String, width: Int) -> String {
    guard width >= 20 else { return text }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.contains(where: { $0.count > width }) else { return text }
    var out: [String] = []
    var paragraph: [String] = []
    var indent = ""
    func flush() {
      guard !paragraph.isEmpty else { return }
      out += wrap(paragraph.joined(separator: " "), width: width, indent: indent)
      paragraph = []
    }
    for line in lines {
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty {
        flush()
        out.append("")
        continue
      }
      let lead = String(line.prefix(line.count - trimmed.count))
      if startsItem(trimmed) || lead != indent || paragraph.isEmpty {
        flush()
        indent = startsItem(trimmed) ? lead + "  " : lead
        paragraph = [line]
        continue
      }
      paragraph.append(String(trimmed))
    }
    flush()
    return out.joined(separator: "\n")
  }

  /// `text` after a first column of `indent` columns, wrapped at word boundaries to `width`
  /// with each continuation line indented to the same column: help's command list.
  static func hanging(_ text: String, width: Int, indent: Int) -> String {
    guard width - indent >= 20 else { return text }
    let pad = String(repeating: " ", count: indent)
    let lines = wrap(text, width: width - indent, indent: "")
    return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }
      .joined(separator: "\n")
  }

  /// Each line of `text` wider than `width` broken at spaces, its continuations indented four
  /// columns past its own indent; the other lines as they are.
  static func longLines(_ text: String, width: Int) -> String {
    guard width >= 20 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      guard line.count > width else { return String(line) }
      let lead = line.prefix { $0 == " " }
      return wrap(String(line), width: width, indent: lead + "    ").joined(separator: "\n")
    }.joined(separator: "\n")
  }

  private static func startsItem(_ line: Substring) -> Bool {
    if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("· ") { return true }
    let digits = line.prefix { $0.isNumber }
    return !digits.isEmpty && line.dropFirst(digits.count).hasPrefix(". ")
  }

  /// One paragraph broken at spaces; a word longer than the width stands on its own line.
  private static func wrap(_ text: String, width: Int, indent: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if candidate.count > width, !current.isEmpty {
        lines.append(current)
        current = indent + word
      } else {
        current = candidate
      }
    }
    lines.append(current)
    return lines
  }
}
