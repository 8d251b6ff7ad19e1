import Workflow

/// Reading a whole document from standard input, for commands given `-` or no argument.
enum StandardInput {
  /// All of standard input; at a terminal, asks for it to be typed and ended with Ctrl-D.
  static func readAll(context: CommandContext) throws -> String {
    if context.lineReader.isInteractive && !context.isInREPL {
      context.console.line("Type or paste the text, then Ctrl-D on an empty line:")
    }
    var lines: [String] = []
    if context.isInREPL {
      while case .line(let line) = context.lineReader.readLine(prompt: "· ", kind: .answer) {
        if line == "." { break }
        lines.append(line)
      }
    } else {
      while let line = Swift.readLine(strippingNewline: true) {
        lines.append(line)
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The text of `path`, or standard input for `-` or nil.
  static func text(of path: String?, context: CommandContext) throws -> String {
    guard let path, path != "-" else { return try readAll(context: context) }
    do {
      guard let text = try PrivateFile.read(path, limit: 16 << 20) else {
        throw CommandFailure("\(path): no such file")
      }
      return text
    } catch let failure as PrivateFile.Failure {
      throw CommandFailure("cannot read \(failure)")
    }
  }
}
