// Trains the judge's models from Corpus/train and writes them to prompts/model/.
//
//   swift run -c release JudgeTrainer [--check] [ROOT]
//
// --check writes nothing and exits 1 when a checked-in model is not what training gives.

import Foundation
import Scoring
import Vocabulary

var arguments = Array(CommandLine.arguments.dropFirst())
let check = arguments.contains("--check")
let stepsOnly = arguments.contains("--steps")
arguments.removeAll { $0 == "--check" || $0 == "--cv" || $0 == "--steps" }
let root = URL(fileURLWithPath: arguments.first ?? FileManager.default.currentDirectoryPath)

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("JudgeTrainer: error: \(message)\n".utf8))
  exit(1)
}

let (sources, problems) = LexiconLoader.sources(in: root.appending(path: "prompts/lexicon"))
let (lexicon, diagnostics) = LexiconLoader.load(sources)
if let first = (problems + diagnostics).first(where: { $0.severity == .error }) {
  fail("the lexicon does not load: \(first)")
}
let environment = ProcessInfo.processInfo.environment
let corpus: LabelledCorpus
do {
  corpus = try LabelledCorpus(folder: root.appending(path: "Corpus/train"))
} catch {
  fail("\(error)")
}
if stepsOnly {
  // The next-step reader on the training split, with its misses (training rows only).
  let result = JudgeEvaluation(corpus, lexicon: lexicon, models: .bundled)
  print("step owners: \(result.stepOwners.correct)/\(result.stepOwners.total)")
  print("step commitments: \(result.stepCommitments.correct)/\(result.stepCommitments.total)")
  if environment["JUDGE_SHOW_MISSES"] != nil {
    let reader = StepReader(lexicon: lexicon)
    for step in corpus.steps {
      let reading = reader.read(step.text)
      if reading.owner != step.owner || reading.costs.isEmpty != step.costs.isEmpty {
        print(
          "MISS \(step.owner.rawValue)/\(step.costs.map(\.rawValue)) -> "
            + "\(reading.owner.rawValue)/\(reading.costs.map(\.rawValue)): \(step.text)")
      }
    }
  }
  exit(0)
}
var settings = LinearTrainer.Settings()
if let value = environment["JUDGE_L2"].flatMap(Float.init) { settings.l2 = value }
if let value = environment["JUDGE_RATE"].flatMap(Float.init) { settings.rate = value }
if let value = environment["JUDGE_EPOCHS"].flatMap(Int.init) { settings.epochs = value }
if arguments.contains("--cv") || CommandLine.arguments.contains("--cv") {
  // Leave one writer out: train on the others, measure on theirs. This is the figure to tune
  // on; the locked test split is never used for it.
  var lines: [String] = []
  var sums: [String: (Int, Int)] = [:]
  for writer in corpus.writers {
    let models = JudgeTraining.train(
      corpus.filter { $0 != writer }, lexicon: lexicon, settings: settings)
    let held = corpus.filter { $0 == writer }
    let result = JudgeEvaluation(held, lexicon: lexicon, models: JudgeModels(models))
    if environment["JUDGE_SHOW_MISSES"] != nil {
      // Training rows only: reading them is how the features are improved.
      let interpreter = Interpreter(lexicon: lexicon, models: JudgeModels(models))
      for reply in held.replies {
        let reading = interpreter.interpret(reply.text)
        if reading.verdict != reply.verdict || reading.currencies != reply.currencies {
          print(
            "MISS \(reply.verdict.rawValue)/\(reply.currencies.map(\.rawValue)) -> "
              + "\(reading.verdict.rawValue)/\(reading.currencies.map(\.rawValue)): \(reply.text)")
        }
      }
    }
    func add(_ name: String, _ right: Int, _ total: Int) {
      let sum = sums[name] ?? (0, 0)
      sums[name] = (sum.0 + right, sum.1 + total)
    }
    add("reply", result.verdicts.correct, result.verdicts.total)
    add("reply+currencies", result.exactReplies, result.verdicts.total)
    add("notes", result.notes.correct, result.notes.total)
    add("asks", result.asks.correct, result.asks.total)
    add("questions", result.questions.correct, result.questions.total)
    add("step owners", result.stepOwners.correct, result.stepOwners.total)
    add("step commitments", result.stepCommitments.correct, result.stepCommitments.total)
    lines.append(
      "\(writer): reply \(result.verdicts.correct)/\(result.verdicts.total) "
        + "(lowest recall \(String(format: "%.2f", result.verdicts.lowestRecall))), "
        + "+currencies \(result.exactReplies), notes \(result.notes.correct)/\(result.notes.total), "
        + "asks \(result.asks.correct)/\(result.asks.total), "
        + "questions \(result.questions.correct)/\(result.questions.total)")
  }
  for line in lines { print(line) }
  for (name, (right, total)) in sums.sorted(by: { $0.key < $1.key }) where total > 0 {
    print(String(format: "%@: %.1f%% of %d", name, 100 * Double(right) / Double(total), total))
  }
  exit(0)
}
let started = Date()
let models = JudgeTraining.train(corpus, lexicon: lexicon, settings: settings)
print(
  "trained on \(corpus.replies.count) replies, \(corpus.notes.count) note lines, "
    + "\(corpus.asks.count) asks, \(corpus.questions.count) questions in "
    + String(format: "%.1f s", Date().timeIntervalSince(started)))
var stale: [String] = []
for (name, path) in JudgeModels.files.sorted(by: { $0.key < $1.key }) {
  guard let model = models[name] else { continue }
  let url = root.appending(path: "prompts").appending(path: path)
  let text = model.encoded
  let current = try? String(contentsOf: url, encoding: .utf8)
  if current == text {
    print("  \(path): unchanged")
    continue
  }
  if check {
    stale.append(path)
    continue
  }
  do {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    print("  \(path): written (\(text.utf8.count / 1024) KiB)")
  } catch {
    fail("\(path): \(error)")
  }
}
if !stale.isEmpty {
  fail("not what training gives: \(stale.joined(separator: ", ")); run JudgeTrainer")
}
