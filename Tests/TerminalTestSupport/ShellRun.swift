import Foundation

/// A shell command line run to its end, for tests that need redirections a `Process` cannot
/// make (`>/dev/full`, `>&-`, `| head -1`): `$ADVANCE` in the script is the built binary.
public struct ShellRun {
  /// Standard output, decoded as UTF-8 with invalid bytes repaired.
  public let output: String
  /// Standard output's bytes as they came.
  public let outputBytes: [UInt8]
  public let errors: String
  public let status: Int32

  /// Runs `script` with `/bin/sh -c` in `environment`, feeding it `input`.
  public static func run(
    _ script: String, environment: [String: String], input: String = ""
  ) throws -> ShellRun {
    let binary = try AdvanceBinary.require()
    return try run(
      "/bin/sh", ["-c", script], environment: environment.merging(["ADVANCE": binary]) { $1 },
      input: input)
  }

  /// Runs the built `advance` with `arguments`, no shell between, feeding it `input`.
  public static func advance(
    _ arguments: [String], environment: [String: String], input: String = ""
  ) throws -> ShellRun {
    let binary = try AdvanceBinary.require()
    return try run(binary, arguments, environment: environment, input: input)
  }

  private static func run(
    _ executable: String, _ arguments: [String], environment: [String: String], input: String
  ) throws -> ShellRun {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    let stdin = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    // Read standard error on another thread, so a chatty command never blocks on a full pipe.
    let collected = Collected()
    let reader = Thread {
      collected.errors = errors.fileHandleForReading.readDataToEndOfFile()
      collected.done.signal()
    }
    reader.start()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    collected.done.wait()
    process.waitUntilExit()
    return ShellRun(
      output: String(decoding: out, as: UTF8.self), outputBytes: Array(out),
      errors: String(decoding: collected.errors, as: UTF8.self),
      status: process.terminationStatus)
  }

  private final class Collected: @unchecked Sendable {
    var errors = Data()
    let done = DispatchSemaphore(value: 0)
  }
}
