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
  environment: [String: String] = [:], until marker: String, inRawOutput: Bool = false
) throws -> [Double] {
  var samples: [Double] = []
  for run in 0..<runs {
    let start = DispatchTime.now()
    let session = try TerminalSession(
      executable: executable, arguments: arguments(run), environment: home.environment(environment))
    try session.waitFor(marker, timeout: 10, inRawOutput: inRawOutput)
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
// The REPL's banner reads the day's agenda from the journal (one indexed read): the same prompt
// with a journal of 200 leads, their steps due and most of them gone quiet, against none.
let agendaJournal = home.path + "/agenda.sqlite"
let later = Date().addingTimeInterval(10 * 86_400)
let laterDay = String(ISO8601DateFormatter().string(from: later).prefix(10))
let agendaEnvironment = ["ADVANCE_JOURNAL": agendaJournal, "ADVANCE_TODAY": laterDay]
for index in 0..<200 {
  let answers = home.path + "/debrief.yaml"
  try """
  lead: Lead \(index)
  notes: They reconcile invoices by hand.
  asked: a pilot next week
  reply: Maybe next quarter.
  next_steps: I send Lead \(index) the deck tomorrow

  """.write(toFile: answers, atomically: true, encoding: .utf8)
  let run = try ShellRun.advance(
    ["debrief", "--answers", answers],
    environment: home.environment(["ADVANCE_JOURNAL": agendaJournal]))
  guard run.status == 0 else {
    print("setting up the agenda journal failed: \(run.errors)")
    exit(1)
  }
}
let empty = median(try time(folder + "/advance", until: "advance> "))
let banner = median(
  try time(folder + "/advance", environment: agendaEnvironment, until: "advance> "))
print("  " + padded("advance, no journal") + String(format: "%7.1f ms", empty))
print(
  "  " + padded("advance, 200 leads and the banner")
    + String(format: "%7.1f ms  %5.2f× without a journal", banner, banner / empty))

let journal = ["ADVANCE_JOURNAL": home.path + "/bench.sqlite"]
let prepBuilds = [("advance prep", folder + "/advance")] + extra.map { ("\($0.0): prep", $0.1) }
let preps = try prepBuilds.map { label, path in
  (
    label,
    median(try time(path, { ["prep", "Bench \($0) \(label)"] }, environment: journal, until: "›"))
  )
}
let python = median(
  try time(
    "/usr/bin/env",
    { _ in ["python3", root + "/Benchmarks/python_wizard.py", root + "/prompts/prep.yaml", "Bench"]
    },
    environment: [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      // The harness answers no cursor-position requests; prompt_toolkit would wait for one.
      "PROMPT_TOOLKIT_NO_CPR": "1",
    ],
    // prompt_toolkit draws its prompt as ">", a backspace, then a cursor move.
    until: ">\u{8}\u{1B}[2C", inRawOutput: true))
print("prep wizard to its first question, median of \(runs) runs")
print("  " + padded("Python prompt_toolkit + PyYAML") + String(format: "%7.1f ms", python))
for (label, value) in preps {
  print(
    "  " + padded(label)
      + String(format: "%7.1f ms  %4.1f× faster than Python (budget 10×)", value, python / value))
}

// The largest of the programs measured (advance, the hello world, Python): ru_maxrss of children.
var childUsage = rusage()
getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &childUsage)
print(
  String(
    format: "  peak memory of the largest program run: %.1f MB", Double(childUsage.ru_maxrss) / 1024
  ))
