import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program with its output, exit status, wall time and peak memory, the last taken
/// from the program's own resource usage (`wait4`'s `ru_maxrss`).
///
/// The program is started through `ChildMeter` (built beside `advance`): Linux carries a peak
/// across exec, so a child of the test runner itself would report the runner's peak.
public struct MeasuredRun {
  public let output: String
  public let errors: String
  /// The exit status, or 128 + the signal for a program killed by one.
  public let status: Int32
  /// From just before the program started to just after it was reaped.
  public let seconds: Double
  /// The peak resident set size of the program, in bytes (`ru_maxrss`).
  public let peakBytes: Int

  /// Runs `executable` with `arguments` and `environment`, standard input empty.
  ///
  /// - Throws: `TerminalSession.Failure` when the program cannot be started or measured.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]
  ) throws -> MeasuredRun {
    let folder = String(executable[..<(executable.lastIndex(of: "/") ?? executable.startIndex)])
    let meter = folder + "/ChildMeter"
    let report = NSTemporaryDirectory() + "/childmeter-\(UUID().uuidString)"
    defer { unlink(report) }
    var output: [Int32] = [0, 0]
    var errors: [Int32] = [0, 0]
    guard pipe(&output) == 0, pipe(&errors) == 0 else {
      throw TerminalSession.Failure.system("pipe", errno)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
    for fd in output + errors {
      posix_spawn_file_actions_addclose(&actions, fd)
    }
    let argv = ([meter, report, executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, meter, &actions, nil, argv, envp)
    close(output[1])
    close(errors[1])
    defer {
      close(output[0])
      close(errors[0])
    }
    guard spawned == 0 else { throw TerminalSession.Failure.system("posix_spawn", spawned) }
    let (out, err) = drain(output[0], errors[0])
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
      .split(separator: " ").map { String($0.filter { !$0.isWhitespace }) }
    guard fields.count == 3, let code = Int32(fields[0]), let seconds = Double(fields[1]),
      let kilobytes = Int(fields[2])
    else {
      throw TerminalSession.Failure.system(
        "ChildMeter (\(String(decoding: err, as: UTF8.self)))", 0)
    }
    return MeasuredRun(
      output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self),
      status: code, seconds: seconds, peakBytes: kilobytes * 1024)
  }

  /// Reads both pipes to their end together, so neither can fill up and stall the program.
  private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
    var collected: [[UInt8]] = [[], []]
    var fds = [pollfd(fd: first, events: Int16(POLLIN), revents: 0)]
    fds.append(pollfd(fd: second, events: Int16(POLLIN), revents: 0))
    var buffer = [UInt8](repeating: 0, count: 65536)
    while fds.contains(where: { $0.fd >= 0 }) {
      guard poll(&fds, nfds_t(fds.count), -1) >= 0 else {
        if errno == EINTR { continue }
        break
      }
      for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
        let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
        if count > 0 {
          collected[index] += buffer[..<count]
        } else if count == 0 || errno != EINTR {
          // A negative fd is skipped by poll: this pipe is done.
          fds[index].fd = -1
        }
      }
    }
    return (collected[0], collected[1])
  }
}
