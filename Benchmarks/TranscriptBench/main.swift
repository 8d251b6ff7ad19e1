import Calls
import Foundation
import Scoring
import Vocabulary
import Workflow

// Reads the labelled calls of Corpus/calls/dev and, when present, the locked Corpus/test/calls,
// and prints figures only, side by side: the ask found, its grade, the reply's verdict and
// currencies (beside `interpret` reading the labelled reply alone), next-step owners and due
// dates, and talk shares against an independent word count. Then the one-hour call budget.
// Usage: swift run -c release TranscriptBench [--rows] (rows: dev only, for tuning).

let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let showRows = CommandLine.arguments.contains("--rows")
let (sources, problems) = LexiconLoader.sources(in: root.appendingPathComponent("prompts/lexicon"))
let lexicon = LexiconLoader.load(sources).lexicon
for problem in problems { print(problem.headline) }
let reader = CallReader(lexicon: lexicon)
let interpreter = Interpreter(lexicon: lexicon)

let folders = [
  ("dev", root.appendingPathComponent("Corpus/calls/dev")),
  ("locked test", root.appendingPathComponent("Corpus/test/calls")),
]

var columns: [(String, Figures)] = []
for (name, folder) in folders {
  guard FileManager.default.fileExists(atPath: folder.path) else { continue }
  columns.append((name, evaluate(folder, rows: showRows && name == "dev")))
}
guard !columns.isEmpty else {
  print("no labelled calls in Corpus/calls/dev")
  exit(1)
}
print(
  "labelled calls".padding(toLength: 44, withPad: " ", startingAt: 0)
    + columns.map { $0.0.padding(toLength: 16, withPad: " ", startingAt: 0) }.joined())
for (index, label) in Figures.labels.enumerated() {
  print(
    label.padding(toLength: 44, withPad: " ", startingAt: 0)
      + columns.map { $0.1.cells[index].padding(toLength: 16, withPad: " ", startingAt: 0) }
      .joined())
}
for (name, figures) in columns where !figures.stepMisses.isEmpty {
  print(
    "next steps not found, \(name), by kind: "
      + figures.stepMisses.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
      .map { "\($0.key) \($0.value)" }.joined(separator: ", "))
}
print()
Budget.run(reader: reader)
