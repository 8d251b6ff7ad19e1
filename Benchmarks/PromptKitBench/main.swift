// Prints how long loading and checking the bundled prompt scripts takes.
// Usage: PromptKitBench [PROMPTS_DIR] [ITERATIONS]
import Diagnostics
import Foundation
import PromptKit
import YAMLSource

let arguments = CommandLine.arguments
let directory = arguments.count > 1 ? arguments[1] : "prompts"
let iterations = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 200) : 200
let names = ["prep.yaml", "debrief.yaml"]
let loader = ScriptLoader(knownChecks: ["ask", "questions", "reply"])

var files: [(String, Data)] = []
for name in names {
  let path = (directory as NSString).appendingPathComponent(name)
  guard let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("PromptKitBench: cannot read \(path)\n".utf8))
    exit(1)
  }
  files.append((path, data))
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

let clock = ContinuousClock()
// The first load includes one-time costs (Foundation, libyaml set-up), as a cold start would.
let first = clock.measure {
  for (path, _) in files { _ = loader.load(path: path) }
}
var samples: [Double] = []
for _ in 0..<iterations {
  let elapsed = clock.measure {
    for (path, data) in files {
      let result = loader.load(data: data, path: path)
      if result.hasErrors { print("unexpected errors in \(path)") }
    }
  }
  samples.append(milliseconds(elapsed))
}
samples.sort()
let median = samples[samples.count / 2]
let p95 = samples[min(samples.count - 1, samples.count * 95 / 100)]
print(
  String(
    format: "load+check %@: first %.3f ms, median %.3f ms, p95 %.3f ms, min %.3f ms (%d runs)",
    names.joined(separator: " + "), milliseconds(first), median, p95, samples[0], iterations))

// Where the time goes: YAML composition alone, without the script checks.
var composeSamples: [Double] = []
for _ in 0..<iterations {
  let elapsed = clock.measure {
    for (path, data) in files {
      _ = YAMLDocument.parse(data, path: path, into: DiagnosticBag())
    }
  }
  composeSamples.append(milliseconds(elapsed))
}
composeSamples.sort()
print(
  String(
    format: "  of which YAML read+compose: median %.3f ms, min %.3f ms",
    composeSamples[composeSamples.count / 2], composeSamples[0]))

var usage = rusage()
getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
print(String(format: "  peak memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
