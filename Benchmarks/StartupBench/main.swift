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
var replPrompt = hello
for (index, (label, path)) in ([("advance (REPL prompt)", folder + "/advance")] + extra)
  .enumerated()
{
  let value = median(try time(path, until: "advance> "))
  if index == 0 { replPrompt = value }
  // The dynamic build against the dynamic hello world; `make install`'s static one must match it.
  let goal = index == 0 ? 1.2 : 1.0
  print(
    "  " + padded(label)
      + String(
        format: "%7.1f ms  %5.2f× hello (goal ≤ %.1f×) ", value, value / hello, goal)
      + (value / hello <= goal ? "ok" : "OVER"))
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
      + String(
        format: "%7.1f ms  %4.1f× faster than Python (goal ≥ 20×) ", value, python / value)
      + (python / value >= 20 ? "ok" : "UNDER"))
}
if let prep = preps.first?.1 {
  print(
    "  " + padded("advance prep against its REPL prompt")
      + String(
        format: "%5.2f× (goal ≤ 1.3×) ", prep / replPrompt)
      + (prep / replPrompt <= 1.3 ? "ok" : "OVER"))
}

// The same start-ups in instructions (callgrind), which the machine's noise does not move:
// standard input at its end, so the REPL and the wizard stop where they would wait.
if InstructionCount.isAvailable {
  print("instructions from exec to exit, callgrind (standard input empty)")
  let environment = home.environment(journal)
  let helloCount = InstructionCount.of(
    folder + "/HelloFoundation", environment: environment, in: home.path)
  let replCount = InstructionCount.of(folder + "/advance", environment: environment, in: home.path)
  let prepCount = InstructionCount.of(
    folder + "/advance", ["prep", "Counted lead"], environment: environment, in: home.path)
  func row(_ label: String, _ count: Int?, against base: Int?, _ baseName: String) {
    guard let count else { return print("  " + padded(label) + "(callgrind failed)") }
    let ratio = base.map { String(format: "  %5.2f× ", Double(count) / Double($0)) + baseName }
    print("  " + padded(label) + String(format: "%7.1f M", Double(count) / 1e6) + (ratio ?? ""))
  }
  row("Swift Foundation hello world", helloCount, against: nil, "")
  row("advance (REPL, to end of input)", replCount, against: helloCount, "hello")
  row("advance prep (to end of input)", prepCount, against: replCount, "the REPL")
} else {
  print("(valgrind or objcopy not installed: no instruction counts)")
}

// Pastes into the REPL's line editor, 10 KB and 100 KB, marked as pasted (bracketed, as every
// current terminal sends them) and not: milliseconds until the paste's last word is on the
// screen. Linear is about 10× for ten times the text; the old editor was quadratic (25×).
@MainActor func pasteTime(_ size: Int, bracketed: Bool) throws -> Double {
  let sentence = "we would like to think about it some more next quarter, "
  let text = "interpret " + String(repeating: sentence, count: size / sentence.count) + "PASTEEND"
  var samples: [Double] = []
  for _ in 0..<max(3, runs / 10) {
    let session = try TerminalSession(
      executable: folder + "/advance", environment: home.environment(journal), columns: 80)
    try session.waitFor("advance> ")
    try session.waitForEditing()
    let start = DispatchTime.now()
    session.paste(text, bracketed: bracketed)
    try session.waitFor("PASTEEND", timeout: 120, inRawOutput: true)
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
    session.send(signal: SIGTERM)
    _ = try? session.waitForExit()
  }
  return median(samples)
}
print("a paste into the REPL until its end is on the screen, median of \(max(3, runs / 10)) runs")
for bracketed in [true, false] {
  let small = try pasteTime(10_000, bracketed: bracketed)
  let large = try pasteTime(100_000, bracketed: bracketed)
  let label = bracketed ? "bracketed" : "not bracketed"
  print(
    "  " + padded("\(label): 10 KB / 100 KB")
      + String(
        format: "%7.1f / %7.1f ms  %4.1f× for 10× the text (limit 15×; bracketed 100 KB ≤ 1000 ms)",
        small, large, large / small))
}

// The largest of the programs measured (advance, the hello world, Python): ru_maxrss of children.
var childUsage = rusage()
getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &childUsage)
print(
  String(
    format: "  peak memory of the largest program run: %.1f MB", Double(childUsage.ru_maxrss) / 1024
  ))
