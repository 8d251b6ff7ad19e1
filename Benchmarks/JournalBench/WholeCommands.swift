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
  let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
  defer { for pointer in envp { free(pointer) } }
  for arguments in [["leads"], ["followups"], ["show", lead]] {
    let argv = ([binary.path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // posix_spawn and waitpid, not Foundation's Process: its wait polls, adding up to 50 ms.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      var pid: pid_t = 0
      guard posix_spawn(&pid, binary.path, &actions, nil, argv, envp) == 0 else {
        throw CocoaError(.executableLoad)
      }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      times.append(seconds(start))
      guard status == 0 else {
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
