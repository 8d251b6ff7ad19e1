/// A REPL line whose command takes prose: `interpret` and `ask`.
///
/// Replies and asks are written as people write, with apostrophes, quotes and the odd backslash,
/// so the rest of the line is taken as typed rather than split like a shell would split it.
/// Options are still read before the text (`ask --stage first Can we meet?`) and the ones that
/// make sense after it (`--json`, `--jsonl`, `--no-color`, `--stage S`) at its end. Text
/// wrapped whole in one pair of quotes loses them, as the usage line suggests typing it.
enum FreeTextLine {
  static let commands: Set<String> = ["interpret", "ask"]
  /// Options followed by a value.
  private static let valued: Set<String> = ["--stage", "--journal", "--prompts"]
  /// Options that may follow the text.
  private static let trailingFlags: Set<String> = ["--json", "--jsonl", "--no-color"]

  /// The words to run for `line`, or nil when it does not start with a free-text command.
  static func words(_ line: String) -> [String]? {
    var rest = Substring(line).drop(while: isBlank)
    guard let name = takeWord(&rest), commands.contains(name) else { return nil }
    var options: [String] = []
    while rest.hasPrefix("-"), !rest.hasPrefix("- "), rest != "-" {
      guard let option = takeWord(&rest) else { break }
      options.append(option)
      if valued.contains(option), let value = takeWord(&rest) {
        options.append(unquoted(value))
      }
    }
    var words = rest.split(whereSeparator: isBlank)
    var trailing: [String] = []
    while let last = words.last {
      if trailingFlags.contains(String(last)) || last.hasPrefix("--stage=") {
        trailing.insert(String(last), at: 0)
        words.removeLast()
      } else if words.count >= 2, words[words.count - 2] == "--stage" {
        trailing.insert(contentsOf: ["--stage", String(last)], at: 0)
        words.removeLast(2)
      } else {
        break
      }
    }
    var text = ""
    if let first = words.first, let last = words.last {
      text = unquoted(String(line[first.startIndex..<last.endIndex]))
    }
    return [name] + options + trailing + (text.isEmpty ? [] : ["--", text])
  }

  private static func isBlank(_ character: Character) -> Bool {
    character == " " || character == "\t" || character == "\n" || character == "\r"
  }

  private static func takeWord(_ rest: inout Substring) -> String? {
    guard !rest.isEmpty else { return nil }
    let end = rest.firstIndex(where: isBlank) ?? rest.endIndex
    let word = String(rest[..<end])
    rest = rest[end...].drop(while: isBlank)
    return word
  }

  /// `text` without one pair of quotes around it all, when no such quote is inside.
  private static func unquoted(_ text: String) -> String {
    for quote in ["\"", "'"] as [Character] {
      guard text.count >= 2, text.first == quote, text.last == quote else { continue }
      let inner = text.dropFirst().dropLast()
      if !inner.contains(quote) { return String(inner) }
    }
    return text
  }
}
