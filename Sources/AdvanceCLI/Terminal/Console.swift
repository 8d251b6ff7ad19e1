import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output goes: standard output and standard error, or buffers in tests.
public protocol TextSink: AnyObject {
  func write(_ text: String)
  /// Writes UTF-8 bytes as they are; by default as the text they spell.
  func write(utf8 bytes: [UInt8])
}

extension TextSink {
  public func write(utf8 bytes: [UInt8]) {
    write(String(decoding: bytes, as: UTF8.self))
  }
}

/// Writes to a C stream, flushing each write so prompts and output interleave correctly.
///
/// Failed writes to standard output are recorded (`StandardOutput`), and none is tried after
/// one failed; standard error's are ignored, as there is nowhere left to tell.
public final class StreamSink: TextSink {
  private let stream: UnsafeMutablePointer<FILE>
  private let isStandardOutput: Bool

  public init(_ stream: UnsafeMutablePointer<FILE>) {
    self.stream = stream
    self.isStandardOutput = fileno(stream) == STDOUT_FILENO
  }

  public func write(_ text: String) {
    deliver { fputs(text, stream) >= 0 }
  }

  public func write(utf8 bytes: [UInt8]) {
    deliver {
      bytes.withUnsafeBytes { buffer in
        buffer.baseAddress.map { fwrite($0, 1, buffer.count, stream) } ?? 0
      } == bytes.count
    }
  }

  /// Runs `put`, which says whether the stream took everything, then flushes; on standard
  /// output only while nothing has failed, recording the first failure.
  private func deliver(_ put: () -> Bool) {
    guard isStandardOutput else {
      _ = put()
      fflush(stream)
      return
    }
    guard !StandardOutput.hasFailed else { return }
    if !put() || fflush(stream) != 0 {
      StandardOutput.recordFailure(errno)
    }
  }
}

/// Collects output in memory.
public final class BufferSink: TextSink {
  public private(set) var text = ""

  public init() {}

  public func write(_ text: String) {
    self.text += text
  }
}

/// The presenter's view of the terminal: plain lines out, errors and warnings to standard error.
public final class Console {
  public let style: TerminalStyle
  /// The terminal's width in columns, when standard output is a terminal.
  ///
  /// Prompt text wider than this is reflowed (``fit(_:)``) and tables shrink to it. It is read
  /// afresh each time, so what is printed after the window is resized fits the new width.
  public var width: Int? {
    guard isLive else { return fixedWidth }
    return Self.terminalWidth()
  }
  private let fixedWidth: Int?
  private let isLive: Bool
  private let output: any TextSink
  private let errors: any TextSink

  public init(
    style: TerminalStyle, output: any TextSink, errors: any TextSink, width: Int? = nil
  ) {
    self.style = style
    self.output = output
    self.errors = errors
    self.fixedWidth = width
    self.isLive = false
  }

  private init(standardWithColor color: Bool) {
    style = TerminalStyle(isEnabled: color)
    output = StreamSink(advance_stdout())
    errors = StreamSink(advance_stderr())
    fixedWidth = nil
    isLive = true
  }

  /// The console of this process.
  public static func standard(color: Bool) -> Console {
    Console(standardWithColor: color)
  }

  private static func terminalWidth() -> Int? {
    var size = winsize()
    guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    else { return nil }
    return Int(size.ws_col)
  }

  /// Text from a prompt file fitted to the terminal: unchanged when it fits or when the output
  /// is not a terminal.
  public func fit(_ text: String) -> String {
    guard let width else { return text }
    return TextWrap.fit(text, width: width - 1)
  }

  /// Prints a line to standard output.
  public func line(_ text: String = "") {
    output.write(text + "\n")
  }

  /// Prints text to standard output as it is.
  public func write(_ text: String) {
    output.write(text)
  }

  /// Prints UTF-8 bytes to standard output as they are: a long listing, without making it a
  /// `String` first.
  public func write(utf8 bytes: [UInt8]) {
    output.write(utf8: bytes)
  }

  /// Prints an error to standard error, prefixed with where it came from when given.
  public func error(_ message: String, prefix: String? = nil) {
    let lead = prefix.map { $0 + ": " } ?? style.paint("error: ", .boldRed)
    errors.write(lead + message + "\n")
  }

  /// Prints text to standard error as it is.
  public func errorText(_ text: String) {
    errors.write(text)
  }

  /// Prints a warning to standard error.
  public func warning(_ message: String) {
    errors.write(style.paint("warning: ", .yellow) + message + "\n")
  }
}
