import Foundation

/// Times `advance leads`, `followups` and `show` as a founder runs them: the release binary
/// built beside this benchmark, started afresh each time, every row printed (to /dev/null),
/// against `advance --version` started the same way in the same run.
struct WholeCommands {
  let binary: String
  let runs: Int

  /// Nil when there is no `advance` binary beside this one to time.
  init?(runs: Int) {
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    binary = folder.appendingPathComponent("advance").path
    self.runs = runs
    guard FileManager.default.isExecutableFile(atPath: binary) else { return nil }
  }

  /// Prints each command's median beside `advance --version`'s, as a ratio against its goal.
  func report(journal: String, lead: String, goals: [Double]) throws {
    let version = try median(["--version"], journal: journal)
    print(
      "  " + "advance --version".padding(toLength: 27, withPad: " ", startingAt: 0)
        + milliseconds(version))
    for (arguments, goal) in zip([["leads"], ["followups"], ["show", lead]], goals) {
      let time = try median(arguments, journal: journal)
      let ratio = time / version
      print(
        "  " + ("advance " + arguments[0]).padding(toLength: 27, withPad: " ", startingAt: 0)
          + milliseconds(time)
          + String(format: "  %5.2f× --version (goal ≤ %.1f×) ", ratio, goal)
          + (ratio <= goal ? "ok" : "OVER"))
    }
  }

  /// The median wall-clock time of `runs` runs.
  func median(_ arguments: [String], journal: String) throws -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = DispatchTime.now()
      try run(arguments, journal: journal)
      times.append(seconds(start))
    }
    times.sort()
    return times[runs / 2]
  }

  /// Runs `advance arguments` on `journal` once, output to /dev/null.
  func run(_ arguments: [String], journal: String) throws {
    var environment = ProcessInfo.processInfo.environment
    environment["ADVANCE_JOURNAL"] = journal
    environment["ADVANCE_TODAY"] = "2026-11-23"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in envp { free(pointer) } }
    let argv = ([binary] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // posix_spawn and waitpid, not Foundation's Process: its wait polls, adding up to 50 ms.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var pid: pid_t = 0
    guard posix_spawn(&pid, binary, &actions, nil, argv, envp) == 0 else {
      throw CocoaError(.executableLoad)
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    guard status == 0 else {
      throw CocoaError(.executableLoad, userInfo: ["command": arguments.joined(separator: " ")])
    }
  }
  // No peak memory here: a child started by this process inherits its peak (ru_maxrss
  // survives fork and exec), so the figure would be the benchmark's own.
}
