import Foundation
import Scoring
import Vocabulary

// Prints the accuracy of the scorers on the labelled corpus, then their speed.
// Usage: swift run -c release ScoringBench [CORPUS_DIR] [LEXICON_DIR]

var arguments = CommandLine.arguments.dropFirst().filter { $0 != "--speed" }[...]
// `--test FOLDER`: measure on FOLDER instead of the locked split (a probe never tuned on;
// figures and miss categories only, as for the locked split).
var testFolder: String?
if let flag = arguments.firstIndex(of: "--test"), arguments.index(after: flag) < arguments.endIndex
{
  testFolder = arguments[arguments.index(after: flag)]
  arguments.removeSubrange(flag...arguments.index(after: flag))
}
// `--explain TEXT`: print the phrases found in one text, for lexicon editors.
// `--ask TEXT`: grade one ask for the early and the later stage.
var explain: String?
var ask: String?
if let flag = arguments.firstIndex(of: "--ask"), arguments.index(after: flag) < arguments.endIndex {
  ask = arguments[arguments.index(after: flag)]
  arguments.removeSubrange(flag...arguments.index(after: flag))
}
if let flag = arguments.firstIndex(of: "--explain"),
  arguments.index(after: flag) < arguments.endIndex
{
  explain = arguments[arguments.index(after: flag)]
  arguments.removeSubrange(flag...arguments.index(after: flag))
}
let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
let corpusDirectory =
  arguments.first.map { URL(fileURLWithPath: $0) }
  ?? root.appendingPathComponent("Tests/ScoringTests/Corpus")
let lexiconDirectory =
  arguments.dropFirst().first.map { URL(fileURLWithPath: $0) }
  ?? root.appendingPathComponent("prompts/lexicon")

let (sources, readProblems) = LexiconLoader.sources(in: lexiconDirectory)
let (lexicon, lexiconProblems) = LexiconLoader.load(sources)
for problem in readProblems + lexiconProblems {
  print(problem.headline)
}
if let ask {
  for stage in Stage.allCases {
    let grade = AskGrader(lexicon: lexicon).grade(ask, stage: stage)
    print("\(stage.rawValue): \(grade.grade) \(grade.score)")
    for line in grade.strengths { print("  + \(line)") }
    for line in grade.missing { print("  - \(line)") }
    print("  better: \(grade.better)")
  }
  exit(0)
}
if let explain {
  let analysis = lexicon.analyze(explain)
  print(
    analysis.tokens.map { $0.kind == .word ? $0.text : "\($0.text)/\($0.kind)" }.joined(
      separator: " "))
  for hit in analysis.hits {
    let group = analysis.group(of: hit)
    let flags = (hit.negated ? " negated" : "") + (hit.conditional ? " conditional" : "")
    print("  \(group.name) (\(hit.role.rawValue))\(flags): \(analysis.quote(hit))")
  }
  let result = Interpreter(lexicon: lexicon).interpret(explain)
  print("\(result.verdict.rawValue) \(result.currencies.map(\.rawValue)) \(result.strength)")
  for reason in result.reasons { print("  - \(reason)") }
  exit(0)
}
let corpus = Corpus(directory: corpusDirectory)
for problem in corpus.diagnostics {
  print(problem.headline)
}

// `--speed`: the speed figures only (for profiling).
if CommandLine.arguments.contains("--speed") {
  SpeedReport(lexicon: lexicon, corpus: corpus).printAll()
  exit(0)
}
let report = AccuracyReport(lexicon: lexicon, corpus: corpus)
report.printAll()
do {
  let train = try LabelledCorpus(folder: root.appending(path: "Corpus/train"))
  let test = try LabelledCorpus(
    folder: testFolder.map { URL(fileURLWithPath: $0) } ?? root.appending(path: "Corpus/test"))
  JudgeReport(
    lexicon: lexicon, models: .bundled, train: train, test: test,
    lock: testFolder.map { .probe($0) }
      ?? (lockedSplitIsIntact(root.appending(path: "Corpus")) ? .intact : .changed)
  ).printAll()
} catch {
  print("ScoringBench: error: \(error)")
  exit(1)
}
SpeedReport(lexicon: lexicon, corpus: corpus).printAll()

/// Whether `Corpus/test` is byte for byte what `Corpus/test.sha256` froze (`sha256sum -c`).
func lockedSplitIsIntact(_ corpus: URL) -> Bool {
  let check = Process()
  check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  check.arguments = ["sha256sum", "--check", "--quiet", "../test.sha256"]
  check.currentDirectoryURL = corpus.appending(path: "test")
  check.standardOutput = FileHandle.nullDevice
  do {
    try check.run()
    check.waitUntilExit()
  } catch {
    return false
  }
  return check.terminationStatus == 0
}
