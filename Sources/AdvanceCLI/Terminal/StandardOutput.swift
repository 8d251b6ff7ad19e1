import CEditLine

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether standard output took everything written to it: a full disk, `/dev/full` or a closed
/// descriptor make the command fail with a message instead of exiting 0 with half its output.
enum StandardOutput {
  /// The first write error on standard output, 0 while there is none.
  ///
  /// Written and read on the main thread only, where every command runs and prints.
  nonisolated(unsafe) private static var firstError: Int32 = 0

  /// Occupies any of descriptors 0, 1 and 2 that is closed with `/dev/null` opened read-only,
  /// before anything else is opened: a journal or an export then never becomes "standard
  /// output", and writes to a closed standard output still fail (`EBADF`) and are reported.
  static func claimClosedDescriptors() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0 && opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  /// Whether an earlier write failed, so later ones are not attempted.
  static var hasFailed: Bool { firstError != 0 }

  /// Notes that a write to standard output failed with `code`.
  ///
  /// A reader that went away (`EPIPE`, when SIGPIPE is ignored) is not an error to report:
  /// the process ends at once, quietly, with the status a SIGPIPE would have given.
  static func recordFailure(_ code: Int32) {
    if code == EPIPE {
      exit(128 + SIGPIPE)
    }
    if firstError == 0 {
      firstError = code == 0 ? EIO : code
    }
  }

  /// Flushes standard output and says what went wrong writing it, or nil when nothing did.
  static func failure() -> String? {
    if fflush(advance_stdout()) != 0 {
      recordFailure(errno)
    }
    guard firstError != 0 else { return nil }
    return "cannot write to standard output: " + String(cString: strerror(firstError))
  }
}
