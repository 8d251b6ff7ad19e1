/// Reads lines from standard input when it is not a terminal: no prompt, no history, no escape
/// codes, so `printf 'help\nquit\n' | advance` behaves like a script.
public final class PipeLineReader: LineReader {
  public let isInteractive = false
  public var completionProvider: (any CompletionProvider)?
  private let nextLine: () -> String?

  /// - Parameter nextLine: The line source; by default standard input, with invalid UTF-8 repaired.
  public init(nextLine: @escaping () -> String? = { Swift.readLine(strippingNewline: true) }) {
    self.nextLine = nextLine
  }

  public func readLine(prompt: String, kind: LineKind) -> LineInput {
    guard var line = nextLine() else {
      return .endOfInput
    }
    if line.hasSuffix("\r") {
      line.removeLast()
    }
    return .line(line)
  }
}
