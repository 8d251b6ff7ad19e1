/// Writes a word so that both a shell and the REPL read it back as one word, for the commands
/// an error message suggests typing.
enum ShellQuoting {
  /// `word` in single quotes, or in double quotes (with `\`, `"`, `$` and `` ` `` escaped) when
  /// it holds a single quote itself.
  static func quoted(_ word: String) -> String {
    guard word.contains("'") else { return "'" + word + "'" }
    var escaped = ""
    for character in word {
      if "\\\"$`".contains(character) { escaped.append("\\") }
      escaped.append(character)
    }
    return "\"" + escaped + "\""
  }
}
