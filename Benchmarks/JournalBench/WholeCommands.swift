import Foundation

/// Times `advance leads`, `followups` and `show` as a founder runs them: the release binary
/// built beside this benchmark, started afresh each time, every row printed (to /dev/null).
///
/// - Returns: false when there is no `advance` binary beside this one to time.
func timeWholeCommands(journalPath: String, lead: String, runs: Int) throws -> Bool {
  let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  let binary = folder.appendingPathComponent("advance")
  guard FileManager.default.isExecutableFile(atPath: binary.path) else { return false }
  var environment = ProcessInfo.processInfo.environment
  environment["ADVANCE_JOURNAL"] = journalPath
  environment["ADVANCE_TODAY"] = "2026-11-23"
  for arguments in [["leads"], ["followups"], ["show", lead]] {
    var times: [Double] = []
    for _ in 0..<runs {
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      let start = DispatchTime.now()
      try process.run()
      process.waitUntilExit()
      times.append(seconds(start))
      guard process.terminationStatus == 0 else {
        throw CocoaError(.executableLoad, userInfo: ["command": arguments.joined(separator: " ")])
      }
    }
    times.sort()
    let label = ("advance " + arguments[0]).padding(toLength: 29, withPad: " ", startingAt: 0)
    print(
      label + milliseconds(times[runs / 2]) + " wall median, " + milliseconds(times[0])
        + " min, of \(runs) runs")
  }
  // No peak memory here: a child started by this process inherits its peak (ru_maxrss
  // survives fork and exec), so the figure would be the benchmark's own.
  return true
}
