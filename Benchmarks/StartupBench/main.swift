// Times process start to first prompt under a pseudo-terminal, as a founder would wait for it,
// beside a Foundation hello world built the same way.
//
//   swift build -c release && swift run -c release StartupBench [runs] [LABEL=PATH...]
//
// Each LABEL=PATH adds another build of advance to compare (e.g. the static one of `make install`).

import Foundation
import TerminalTestSupport

let runs = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 30
let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path
let home = try TemporaryDirectory()

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted[sorted.count / 2]
}

/// Milliseconds from spawn until `marker` is on the screen, `runs` times.
@MainActor func time(_ executable: String, until marker: String) throws -> [Double] {
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now()
    let session = try TerminalSession(executable: executable, environment: home.environment())
    try session.waitFor(marker, timeout: 10)
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    session.send(signal: SIGTERM)
    _ = try? session.waitForExit()
  }
  return samples
}

let extra = CommandLine.arguments.dropFirst(2).compactMap { argument -> (String, String)? in
  guard let equals = argument.firstIndex(of: "=") else { return nil }
  return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
}
let hello = median(try time(folder + "/HelloFoundation", until: "hello world"))
print("start-up to first prompt, median of \(runs) runs under a pseudo-terminal")
func padded(_ label: String) -> String {
  label + String(repeating: " ", count: max(1, 34 - label.count))
}
print("  " + padded("Swift Foundation hello world") + String(format: "%7.1f ms", hello))
for (label, path) in [("advance (REPL prompt)", folder + "/advance")] + extra {
  let value = median(try time(path, until: "advance> "))
  print(
    "  " + padded(label)
      + String(format: "%7.1f ms  %5.2f× hello (budget 3×)", value, value / hello))
}
