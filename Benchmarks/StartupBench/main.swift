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
@MainActor func time(
  _ executable: String, _ arguments: (Int) -> [String] = { _ in [] },
  environment: [String: String] = [:], until marker: String
) throws -> [Double] {
  var samples: [Double] = []
  for run in 0..<runs {
    let start = DispatchTime.now()
    let session = try TerminalSession(
      executable: executable, arguments: arguments(run), environment: home.environment(environment))
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

// The prep wizard to its first question, against the same script run by Python's
// prompt_toolkit + PyYAML (Benchmarks/python_wizard.py). A new lead each run, so no draft
// offers to resume; one journal for all runs, as on a founder's machine.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path
let journal = ["ADVANCE_JOURNAL": home.path + "/bench.sqlite"]
let prep = median(
  try time(folder + "/advance", { ["prep", "Bench \($0)"] }, environment: journal, until: "›"))
let python = median(
  try time(
    "/usr/bin/env",
    { _ in ["python3", root + "/Benchmarks/python_wizard.py", root + "/prompts/prep.yaml", "Bench"]
    },
    environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
    until: "> "))
print("prep wizard to its first question, median of \(runs) runs")
print("  " + padded("advance prep") + String(format: "%7.1f ms", prep))
print(
  "  " + padded("Python prompt_toolkit + PyYAML")
    + String(format: "%7.1f ms  advance is %.1f× faster (budget 10×)", python, python / prep))
