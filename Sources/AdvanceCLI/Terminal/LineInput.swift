/// What one read from the founder produced.
public enum LineInput: Equatable, Sendable {
  /// A line, without its newline.
  case line(String)
  /// Ctrl-C: the line was cancelled.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case endOfInput
}

/// Whether a line is a REPL command (recalled with Up, saved to the history file) or a wizard
/// answer, which may be private and is never recorded.
public enum LineKind: Sendable {
  case command
  case answer
}

/// A source of lines: the libedit editor at a terminal, or plain lines from a pipe.
public protocol LineReader: AnyObject {
  /// True at a terminal: prompts, editing and history are on.
  var isInteractive: Bool { get }
  /// Supplies Tab completions for the next reads.
  var completionProvider: (any CompletionProvider)? { get set }
  /// Reads one line.
  ///
  /// - Parameters:
  ///   - prompt: The prompt, with escape codes wrapped in `TerminalStyle.nonPrinting`.
  ///   - kind: Whether the line is a command or a private answer.
  /// - Returns: The line, a cancelled line, or the end of input.
  func readLine(prompt: String, kind: LineKind) -> LineInput
}
