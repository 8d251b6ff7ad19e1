import Foundation

/// Instructions a program runs from exec to exit, counted by callgrind: a figure that stays the
/// same from run to run on a busy machine, where wall-clock times wander.
///
/// Valgrind cannot read the debug information of Swift release builds, so it counts a copy with
/// that stripped (`objcopy --strip-debug`); the code run is the same.
enum InstructionCount {
  /// Whether valgrind and objcopy are installed.
  static let isAvailable = ["/usr/bin/valgrind", "/usr/bin/objcopy"].allSatisfy {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The instructions `executable arguments` runs with standard input at its end, or nil when
  /// valgrind is not installed or fails.
  static func of(
    _ executable: String, _ arguments: [String] = [], environment: [String: String],
    in folder: String
  ) -> Int? {
    guard isAvailable else { return nil }
    let copy = folder + "/counted-" + URL(fileURLWithPath: executable).lastPathComponent
    if !FileManager.default.fileExists(atPath: copy) {
      guard run("/usr/bin/objcopy", ["--strip-debug", executable, copy], environment: [:]) != nil
      else { return nil }
    }
    guard
      let log = run(
        "/usr/bin/valgrind",
        ["--tool=callgrind", "--callgrind-out-file=/dev/null", copy] + arguments,
        environment: environment),
      let line = log.split(separator: "\n").first(where: { $0.contains("Collected :") }),
      let count = line.split(separator: " ").last.flatMap({ Int($0) })
    else { return nil }
    return count
  }

  /// Runs a program to its end with standard input and output at /dev/null; its standard error,
  /// or nil when it could not be started.
  private static func run(_ path: String, _ arguments: [String], environment: [String: String])
    -> String?
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    if !environment.isEmpty { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    let errors = Pipe()
    process.standardError = errors
    guard (try? process.run()) != nil else { return nil }
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return text
  }
}
