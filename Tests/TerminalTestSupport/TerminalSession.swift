#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program under a pseudo-terminal and plays a person at the keyboard: types keys, reads
/// what the program draws, sends signals, and reads the terminal's settings.
///
/// The child starts in a session of its own with the terminal as its controlling terminal, as a
/// shell would start it, through `posix_spawn` (safe in a multi-threaded test runner, unlike
/// `fork`).
public final class TerminalSession {
  public enum Failure: Error, CustomStringConvertible {
    case system(String, Int32)
    case timedOut(waitingFor: String, output: String)

    public var description: String {
      switch self {
      case .system(let call, let code):
        return "\(call) failed: \(String(cString: strerror(code)))"
      case .timedOut(let what, let output):
        return "timed out waiting for \(what); the screen so far:\n\(output)"
      }
    }
  }

  /// Keys a person presses.
  public enum Key: String {
    case enter = "\r"
    case tab = "\t"
    case up = "\u{1B}[A"
    case down = "\u{1B}[B"
    case left = "\u{1B}[D"
    case right = "\u{1B}[C"
    case controlC = "\u{3}"
    case controlD = "\u{4}"
    case controlU = "\u{15}"
    case controlZ = "\u{1A}"
    case backspace = "\u{7F}"
  }

  public let pid: pid_t
  /// The terminal's settings before the program started.
  public let initialSettings: TerminalSettings
  private let master: Int32
  /// Kept open so the terminal's settings can be read after the child is gone.
  private let secondary: Int32
  private var bytes: [UInt8] = []
  private var exitStatus: Int32?
  private var masterClosed = false

  /// Starts `executable` under a new pseudo-terminal of `columns` × `rows`.
  ///
  /// - Throws: `Failure.system` when the terminal or the process cannot be made.
  public init(
    executable: String, arguments: [String] = [], environment: [String: String],
    columns: UInt16 = 100, rows: UInt16 = 30
  ) throws {
    var master: Int32 = -1
    var secondary: Int32 = -1
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &secondary, nil, nil, &size) == 0 else {
      throw Failure.system("openpty", errno)
    }
    // ttyname_r, not ttyname: tests start sessions on several threads at once, and ttyname's
    // one static buffer then hands one of them another's name cut short ("/dev/pts/").
    var nameBuffer = [CChar](repeating: 0, count: 128)
    let nameCode = ttyname_r(secondary, &nameBuffer, nameBuffer.count)
    guard nameCode == 0 else {
      close(master)
      close(secondary)
      throw Failure.system("ttyname_r", nameCode)
    }
    let name = String(cString: nameBuffer)
    self.master = master
    self.secondary = secondary
    var settings = termios()
    tcgetattr(secondary, &settings)
    initialSettings = TerminalSettings(settings)
    _ = fcntl(master, F_SETFD, FD_CLOEXEC)
    _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid, the terminal becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, name, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigfillset(&defaults)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigmask(&attributes, &mask)
    let setSession: Int32 = 0x80  // POSIX_SPAWN_SETSID, not exported to Swift
    posix_spawnattr_setflags(
      &attributes, Int16(setSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp {
        free(pointer)
      }
    }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard code == 0 else {
      close(master)
      close(secondary)
      throw Failure.system("posix_spawn \(executable)", code)
    }
    self.pid = pid
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    if !masterClosed { close(master) }
    close(secondary)
  }

  // MARK: - Typing

  /// Types `text` as it is, once the line editor is ready for it.
  public func type(_ text: String) {
    type(bytes: Array(text.utf8))
  }

  /// Types raw bytes, which need not be valid UTF-8, once the line editor is ready for them.
  ///
  /// Keys sent while the program is between lines (its prompt printed, libedit not yet in raw
  /// mode) would be handled by the kernel's line discipline instead, so typing waits up to two
  /// seconds for raw mode first; a program that never enters it (a plain prompt, a pipe-like
  /// reader) gets the bytes after that.
  public func type(bytes: [UInt8]) {
    waitBrieflyForRawMode()
    var remaining = bytes
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return
      }
      remaining.removeFirst(written)
    }
  }

  /// Pastes `text` as a terminal does: all at once, wrapped in the bracketed-paste markers when
  /// `bracketed` (as a terminal does once the program asked for them with `ESC [?2004h`).
  ///
  /// Unlike `type`, it reads the program's output while writing, so a paste larger than the
  /// terminal's buffers cannot block both sides.
  public func paste(_ text: String, bracketed: Bool = true) {
    let body = Array(text.utf8)
    let bytes =
      bracketed ? Array("\u{1B}[200~".utf8) + body + Array("\u{1B}[201~".utf8) : body
    waitBrieflyForRawMode()
    var offset = 0
    while offset < bytes.count, !masterClosed {
      var descriptor = pollfd(fd: master, events: Int16(POLLOUT), revents: 0)
      if poll(&descriptor, 1, 10) > 0, descriptor.revents & Int16(POLLOUT) != 0 {
        let chunk = min(4096, bytes.count - offset)
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        let written = bytes[offset..<(offset + chunk)].withUnsafeBytes {
          write(master, $0.baseAddress, $0.count)
        }
        _ = fcntl(master, F_SETFL, flags)
        if written > 0 { offset += written }
      }
      pump(for: 0)
    }
  }

  /// Waits up to two seconds for the line editor's raw mode, reading output meanwhile; a
  /// program that never enters it (a plain prompt, a pipe-like reader) is not waited for longer.
  private func waitBrieflyForRawMode() {
    let deadline = Self.now() + 2
    while !masterClosed, isRunning, settings()?.isCanonicalWithEcho != false,
      Self.now() < deadline
    {
      pump(for: 0.01)
    }
  }

  /// Resizes the terminal, as dragging a window's edge does: the program gets SIGWINCH.
  public func resize(columns: UInt16, rows: UInt16 = 30) {
    var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Closes the terminal, as closing a terminal window does: the program gets SIGHUP.
  public func hangUp() {
    close(master)
    masterClosed = true
  }

  /// Presses `key`.
  public func press(_ key: Key) {
    type(key.rawValue)
  }

  /// Answers the question on screen: types `text` and Return, then waits for `next` (`count`
  /// times in all) and for the line editor to be ready again.
  public func answer(_ text: String, thenWaitFor next: String, count: Int = 1) throws {
    type(text)
    press(.enter)
    try waitFor(next, count: count)
    try waitForEditing()
  }

  // MARK: - Reading

  /// Everything the program wrote, as raw text with escape codes.
  public var rawOutput: String {
    String(decoding: bytes, as: UTF8.self)
  }

  /// Everything the program wrote, with escape codes and carriage returns removed.
  public var text: String {
    ScreenText.plain(rawOutput)
  }

  /// Waits until the plain text (or, with `inRawOutput`, the bytes as written, escape codes and
  /// all) contains `needle` `count` times.
  ///
  /// - Returns: The plain text at that moment.
  /// - Throws: `Failure.timedOut` with the screen so far.
  @discardableResult
  public func waitFor(
    _ needle: String, count: Int = 1, timeout: Double = 10, inRawOutput: Bool = false
  ) throws -> String {
    let deadline = Self.now() + timeout
    while true {
      let current = inRawOutput ? rawOutput : text
      if current.occurrences(of: needle) >= count {
        return current
      }
      guard Self.now() < deadline else {
        throw Failure.timedOut(waitingFor: "'\(needle)' ×\(count)", output: current)
      }
      pump(for: 0.05)
    }
  }

  /// Waits until the program has put the terminal in raw mode to edit a line.
  ///
  /// libedit prints its prompt before it switches modes (at its first read); keys typed in
  /// between are handled by the kernel's line discipline instead, so tests wait for this.
  public func waitForEditing(timeout: Double = 10) throws {
    let deadline = Self.now() + timeout
    while settings()?.isCanonicalWithEcho != false {
      guard Self.now() < deadline else {
        throw Failure.timedOut(waitingFor: "line editing (raw mode)", output: text)
      }
      pump(for: 0.01)
    }
    // What the program wrote before it switched the terminal may still sit in the terminal's
    // buffer (lines printed just before the prompt): read it, so `text` holds it.
    drain()
  }

  /// Reads whatever output is waiting, without waiting for more.
  public func drain() {
    while pump(for: 0) {}
  }

  /// Reads output for up to `seconds`.
  ///
  /// - Returns: whether any output came.
  @discardableResult
  public func pump(for seconds: Double) -> Bool {
    guard !masterClosed else {
      usleep(UInt32(seconds * 1e6))
      return false
    }
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(seconds * 1000))
    guard ready > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if count > 0 {
      bytes.append(contentsOf: buffer[0..<count])
      return true
    }
    if descriptor.revents & Int16(POLLHUP) != 0 {
      // The child closed the terminal; let the caller's deadline end the wait.
      usleep(20_000)
    }
    return false
  }

  // MARK: - The process

  /// Sends `signal` to the program.
  public func send(signal: Int32) {
    kill(pid, signal)
  }

  /// Waits for the program to end, reading its output meanwhile.
  ///
  /// - Returns: The exit status, or 128 + the signal number when a signal ended it.
  public func waitForExit(timeout: Double = 10) throws -> Int32 {
    if let exitStatus { return exitStatus }
    let deadline = Self.now() + timeout
    while true {
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        exitStatus = code
        pump(for: 0)
        return code
      }
      guard Self.now() < deadline else {
        throw Failure.timedOut(waitingFor: "the process to exit", output: text)
      }
      pump(for: 0.05)
    }
  }

  /// Whether the program is still running.
  public var isRunning: Bool {
    var status: Int32 = 0
    return exitStatus == nil && waitpid(pid, &status, WNOHANG) == 0
  }

  /// The terminal's current settings, as `stty -g` would compare them.
  public func settings() -> TerminalSettings? {
    var settings = termios()
    guard tcgetattr(secondary, &settings) == 0 else { return nil }
    return TerminalSettings(settings)
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// The parts of a terminal's settings that a program must leave as it found them.
public struct TerminalSettings: Equatable, CustomStringConvertible {
  public let inputFlags: UInt32
  public let outputFlags: UInt32
  public let localFlags: UInt32

  init(_ settings: termios) {
    inputFlags = UInt32(settings.c_iflag)
    outputFlags = UInt32(settings.c_oflag)
    localFlags = UInt32(settings.c_lflag)
  }

  /// Line editing and echo, as a shell expects them.
  public var isCanonicalWithEcho: Bool {
    localFlags & UInt32(ICANON) != 0 && localFlags & UInt32(ECHO) != 0
  }

  public var description: String {
    "iflag=\(String(inputFlags, radix: 8)) oflag=\(String(outputFlags, radix: 8)) "
      + "lflag=\(String(localFlags, radix: 8))"
  }
}

extension String {
  func occurrences(of needle: String) -> Int {
    guard !needle.isEmpty else { return 0 }
    var count = 0
    var searchRange = startIndex..<endIndex
    while let found = range(of: needle, range: searchRange) {
      count += 1
      searchRange = found.upperBound..<endIndex
    }
    return count
  }

  func range(of needle: String, range: Range<Index>) -> Range<Index>? {
    var index = range.lowerBound
    while index < range.upperBound {
      if self[index...].hasPrefix(needle) {
        return index..<self.index(index, offsetBy: needle.count)
      }
      index = self.index(after: index)
    }
    return nil
  }
}
