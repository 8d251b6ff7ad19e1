// Times process start to first prompt under a pseudo-terminal, as a founder would wait for it,
// beside a Foundation hello world built the same way.
//
//   swift build -c release && swift run -c release StartupBench [runs]

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

let advance = try time(folder + "/advance", until: "advance> ")
let hello = try time(folder + "/HelloFoundation", until: "hello world")
let ratio = median(advance) / median(hello)
print("start-up to first prompt, median of \(runs) runs under a pseudo-terminal")
print(String(format: "  advance (REPL prompt)          %7.1f ms", median(advance)))
print(String(format: "  Swift Foundation hello world   %7.1f ms", median(hello)))
print(String(format: "  ratio                          %7.2f×  (budget: 3×)", ratio))
