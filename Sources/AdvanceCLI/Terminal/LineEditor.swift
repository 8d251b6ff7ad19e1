import CEditLine
import CTerminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A line editor on libedit for a founder at a terminal: emacs keys, UTF-8, Tab completion,
/// history recalled with Up, Ctrl-C to cancel a line, Ctrl-D to leave.
///
/// All the unsafe code that libedit needs lives in this file. libedit's callbacks are C function
/// pointers that cannot capture anything, so each finds its editor through `EL_CLIENTDATA`.
/// Signals are handled by `CTerminal`, not by libedit's `EL_SIGNAL`, whose read loop retries once
/// after EINTR and so would swallow the first Ctrl-C.
public final class LineEditor: LineReader {
  public let isInteractive = true
  public var completionProvider: (any CompletionProvider)?

  private let editLine: OpaquePointer
  private let commandHistory: OpaquePointer
  private let answerHistory: OpaquePointer
  private let input: Int32
  private var promptBuffer: UnsafeMutablePointer<CChar>?
  private var wasInterrupted = false
  /// Set when Ctrl-C or the end of input came inside a paste, for the next read to report.
  private var pendingResult: Int32?
  private var pendingBytes: [UInt8] = []
  /// Bytes read from the terminal and not used yet: one read takes all that is waiting.
  private var inputBytes: [UInt8] = []
  private var inputIndex = 0
  private var readBuffer = [UInt8](repeating: 0, count: 16_384)
  private var lastListedLine: String?

  /// Opens an editor on standard input and output, which must both be terminals.
  ///
  /// - Parameters:
  /// - Parameter programName: The name libedit reads key bindings for in `~/.editrc`.
  public init?(programName: String = "advance") {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      return nil
    }
    Self.useUTF8Locale()
    guard let editLine = el_init(programName, advance_stdin(), advance_stdout(), advance_stderr()),
      let commandHistory = history_init(),
      let answerHistory = history_init()
    else {
      return nil
    }
    self.editLine = editLine
    self.commandHistory = commandHistory
    self.answerHistory = answerHistory
    self.input = STDIN_FILENO
    advance_history_set_size(commandHistory, Int32(CommandHistory.defaultCapacity))
    advance_history_set_unique(commandHistory, 1)
    advance_history_set_size(answerHistory, 100)
    configure()
  }

  /// Adds saved commands to recall with Up, oldest first.
  public func seedHistory(_ lines: [String]) {
    for line in lines {
      advance_history_enter(commandHistory, line)
    }
  }

  deinit {
    el_end(editLine)
    history_end(commandHistory)
    history_end(answerHistory)
    free(promptBuffer)
  }

  public func readLine(prompt: String, kind: LineKind) -> LineInput {
    setPrompt(prompt)
    advance_el_set_history(editLine, kind == .command ? commandHistory : answerHistory)
    _ = advance_terminal_take_interrupt()
    advance_terminal_drain_wakeups()
    wasInterrupted = false
    pendingResult = nil
    pendingBytes.removeAll()
    lastListedLine = nil

    fflush(advance_stdout())
    advance_terminal_set_bracketed_paste(1)
    var count: Int32 = 0
    let result = el_gets(editLine, &count)
    advance_terminal_set_bracketed_paste(0)
    guard let raw = result, count > 0 else {
      if wasInterrupted {
        write("^C\n")
        return .interrupted
      }
      write("\n")
      return .endOfInput
    }
    var line = String(cString: raw)
    while line.last?.isNewline == true {
      line.removeLast()
    }
    advance_history_enter(kind == .command ? commandHistory : answerHistory, line)
    return .line(line)
  }

  // MARK: - libedit setup

  private static func useUTF8Locale() {
    setlocale(LC_CTYPE, "")
    if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) == "UTF-8" {
      return
    }
    // Without a UTF-8 locale libedit drops every non-ASCII byte typed.
    if setlocale(LC_CTYPE, "C.UTF-8") == nil {
      setlocale(LC_CTYPE, "en_US.UTF-8")
    }
  }

  private func configure() {
    advance_el_set_client_data(editLine, Unmanaged.passUnretained(self).toOpaque())
    advance_el_set_editor(editLine, "emacs")
    advance_el_set_prompt(
      editLine,
      { editLine in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else { return nil }
        return editor.promptBuffer
      },
      CChar(TerminalStyle.nonPrintingMarker.asciiValue ?? 1))
    advance_el_set_getc(
      editLine,
      { editLine, character in
        guard let editLine, let character, let editor = LineEditor.owner(of: editLine) else {
          return -1
        }
        return editor.readCharacter(into: character)
      })
    advance_el_add_function(
      editLine, "advance-complete", "Complete the word at the cursor",
      { editLine, _ in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else {
          return UInt8(CC_ERROR)
        }
        return editor.complete()
      })
    advance_el_add_function(
      editLine, "advance-paste", "Insert pasted text at once",
      { editLine, _ in
        guard let editLine, let editor = LineEditor.owner(of: editLine) else {
          return UInt8(CC_ERROR)
        }
        return editor.paste()
      })
    advance_el_bind(editLine, "^I", "advance-complete")
    advance_el_bind(editLine, PastedText.start, "advance-paste")
    advance_el_bind(editLine, "^R", "em-inc-search-prev")
    advance_el_bind(editLine, "\u{1B}[1;5C", "em-next-word")
    advance_el_bind(editLine, "\u{1B}[1;5D", "ed-prev-word")
    advance_el_set_history(editLine, commandHistory)
  }

  private static func owner(of editLine: OpaquePointer) -> LineEditor? {
    guard let data = advance_el_client_data(editLine) else { return nil }
    return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
  }

  private func setPrompt(_ prompt: String) {
    free(promptBuffer)
    promptBuffer = strdup(prompt)
  }

  private func write(_ text: String) {
    fputs(text, advance_stdout())
    fflush(advance_stdout())
  }

  // MARK: - Reading characters

  /// libedit's read function: one character from the terminal, decoded from UTF-8.
  ///
  /// - Returns: 1 with a character, 0 at end of input, -1 when Ctrl-C cancelled the line or the
  ///   terminal failed.
  private func readCharacter(into character: UnsafeMutablePointer<wchar_t>) -> Int32 {
    if let pending = pendingResult {
      if pending < 0 { errno = EINTR }
      return pending
    }
    while true {
      let byte: UInt8
      switch nextByte(watchingTheScreen: true) {
      case .byte(let next): byte = next
      case .end: return 0
      case .interrupted:
        wasInterrupted = true
        errno = EINTR
        return -1
      case .failed: return -1
      }
      pendingBytes.append(byte)
      var step = UTF8Decoding.decode(pendingBytes)
      if step == .invalid && pendingBytes.count > 1 {
        // A sequence cut short: drop it, and read the byte that broke it as a new start.
        pendingBytes = [byte]
        step = UTF8Decoding.decode(pendingBytes)
      }
      switch step {
      case .scalar(let scalar):
        pendingBytes.removeAll()
        character.pointee = wchar_t(bitPattern: scalar.value)
        return 1
      case .needMore:
        continue
      case .invalid:
        // Odd bytes are dropped, as libedit does, rather than ending the line.
        pendingBytes.removeAll()
      }
    }
  }

  private enum ByteRead {
    case byte(UInt8)
    case end
    case interrupted
    case failed
  }

  /// The next byte typed: from what the last read brought, else from one read of everything
  /// waiting, so a paste costs a few system calls rather than two a byte.
  ///
  /// Ctrl-C drops what was read and not used, as the kernel drops what it holds.
  ///
  /// - Parameter watchingTheScreen: Redraw after a resize or a stop; off inside a paste.
  /// - Returns: The byte, or why there is none.
  private func nextByte(watchingTheScreen: Bool) -> ByteRead {
    while true {
      // Signals are checked before every wait, and the wait also watches the handlers' wake-up
      // pipe, so one that arrives in between still ends the wait.
      if advance_terminal_take_interrupt() != 0 {
        inputBytes.removeAll()
        inputIndex = 0
        return .interrupted
      }
      if inputIndex < inputBytes.count {
        inputIndex += 1
        return .byte(inputBytes[inputIndex - 1])
      }
      if watchingTheScreen {
        if advance_terminal_take_resize() != 0 {
          el_resize(editLine)
          advance_el_refresh(editLine)
        }
        if advance_terminal_take_resume() != 0 {
          advance_el_refresh(editLine)
        }
      }
      guard waitForInput() else { continue }
      let count = readBuffer.withUnsafeMutableBytes {
        Glibc.read(input, $0.baseAddress, $0.count)
      }
      if count == 0 {
        return .end
      }
      if count < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failed
      }
      inputBytes = Array(readBuffer[0..<count])
      inputIndex = 0
    }
  }

  /// Bound to the start of a bracketed paste: reads up to its end and inserts the text in one
  /// go, one redraw in all, with its line breaks kept (Return then sends it all).
  private func paste() -> UInt8 {
    var bytes: [UInt8] = []
    let end = Array(PastedText.end.utf8)
    while true {
      switch nextByte(watchingTheScreen: false) {
      case .byte(let byte):
        bytes.append(byte)
        guard bytes.count >= end.count, bytes.suffix(end.count).elementsEqual(end) else {
          continue
        }
        bytes.removeLast(end.count)
        let text = PastedText.clean(bytes)
        guard !text.isEmpty else { return UInt8(CC_NORM) }
        return el_insertstr(editLine, text) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
      case .interrupted:
        wasInterrupted = true
        pendingResult = -1
        return UInt8(CC_NORM)
      case .end:
        pendingResult = 0
        return UInt8(CC_NORM)
      case .failed:
        pendingResult = -1
        return UInt8(CC_NORM)
      }
    }
  }

  /// Waits until the terminal has a byte or a signal handler has news.
  ///
  /// - Returns: True when the terminal is readable (or closed, which `read` then reports).
  private func waitForInput() -> Bool {
    let wakeup = advance_terminal_wakeup_fd()
    var descriptors = [
      pollfd(fd: input, events: Int16(POLLIN), revents: 0),
      pollfd(fd: wakeup, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&descriptors, wakeup >= 0 ? 2 : 1, -1)
    if ready < 0 {
      return false
    }
    if descriptors[1].revents != 0 {
      advance_terminal_drain_wakeups()
    }
    return descriptors[0].revents != 0
  }

  // MARK: - Completion

  private func complete() -> UInt8 {
    guard let provider = completionProvider, let info = el_line(editLine) else {
      return UInt8(CC_ERROR)
    }
    let start = UnsafeRawPointer(info.pointee.buffer)
    let cursor = UnsafeRawPointer(info.pointee.cursor)
    guard let start, let cursor else { return UInt8(CC_ERROR) }
    let length = cursor - start
    let text = String(
      decoding: UnsafeRawBufferPointer(start: start, count: max(0, length)), as: UTF8.self)

    switch Completer(provider: provider).action(forTextBeforeCursor: text) {
    case .insert(let insertion):
      // A common prefix of several choices: the next Tab lists them at once.
      lastListedLine = insertion.hasSuffix(" ") ? nil : text + insertion
      return el_insertstr(editLine, insertion) == 0 ? UInt8(CC_REFRESH) : UInt8(CC_ERROR)
    case .list(let matches):
      guard lastListedLine == text else {
        lastListedLine = text
        return UInt8(CC_REFRESH_BEEP)
      }
      write("\n" + Columns.layout(matches, width: terminalWidth()) + "\n")
      return UInt8(CC_REDISPLAY)
    case .none:
      return UInt8(CC_REFRESH_BEEP)
    }
  }

  private func terminalWidth() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return 80
    }
    return Int(size.ws_col)
  }
}
