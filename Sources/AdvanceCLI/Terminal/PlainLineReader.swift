import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines at a terminal in accessible mode: each prompt is printed as a line of its own,
/// and the answer is typed on the next with the terminal's own line editing, so nothing moves
/// the cursor or redraws, and a screen reader or braille display reads a plain conversation.
///
/// No Tab completion or history recall; Ctrl-C cancels the line, as in the editor.
public final class PlainLineReader: LineReader {
  public let isInteractive = true
  public var completionProvider: (any CompletionProvider)?
  private let console: Console

  /// - Parameter console: Where prompts are printed.
  public init(console: Console) {
    self.console = console
  }

  public func readLine(prompt: String, kind: LineKind) -> LineInput {
    let visible = prompt.filter { $0 != TerminalStyle.nonPrintingMarker }
    var text = visible
    while text.last == " " { text.removeLast() }
    if !text.isEmpty { console.line(text) }
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    errno = 0
    let count = getline(&buffer, &capacity, advance_stdin())
    guard count >= 0, let buffer else {
      let interrupted = errno == EINTR
      clearerr(advance_stdin())
      if interrupted {
        console.line()
        return .interrupted
      }
      return .endOfInput
    }
    var line = String(decoding: UnsafeRawBufferPointer(start: buffer, count: count), as: UTF8.self)
    while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
    return .line(line)
  }
}
