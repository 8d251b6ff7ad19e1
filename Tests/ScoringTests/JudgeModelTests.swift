import Foundation
import Testing

@testable import Scoring

/// The learned weights: what is checked in is what the trainer makes of `Corpus/train`, the
/// locked test split is byte for byte what was frozen, and the files read back exactly.
@Suite struct JudgeModelTests {
  /// Retrains from `Corpus/train` and compares with `prompts/model/` byte for byte: training is
  /// deterministic (a fixed visiting order, features in a fixed order, no hashed-collection
  /// order anywhere), in debug and release builds alike.
  @Test func theCheckedInWeightsAreWhatTrainingGives() throws {
    let corpus = try LabelledCorpus(folder: packageRoot.appending(path: "Corpus/train"))
    let models = JudgeTraining.train(corpus, lexicon: bundledLexicon)
    #expect(Set(models.keys) == Set(JudgeModels.files.keys))
    for (name, path) in JudgeModels.files {
      let file = try String(
        contentsOf: packageRoot.appending(path: "prompts").appending(path: path), encoding: .utf8)
      let trained = try #require(models[name]).encoded
      #expect(file == trained, "\(path) is not what JudgeTrainer gives: run it and commit")
    }
  }

  @Test func theLockedTestSplitIsAsFrozen() throws {
    let check = Process()
    check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    check.arguments = ["sha256sum", "--check", "--strict", "../test.sha256"]
    check.currentDirectoryURL = packageRoot.appending(path: "Corpus/test")
    check.standardOutput = FileHandle.nullDevice
    try check.run()
    check.waitUntilExit()
    #expect(check.terminationStatus == 0, "Corpus/test changed since Corpus/test.sha256 froze it")
    let listed = try String(
      contentsOf: packageRoot.appending(path: "Corpus/test.sha256"), encoding: .utf8
    ).split(separator: "\n").count
    let folder = packageRoot.appending(path: "Corpus/test").path
    let files = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder)
        && !isFolder.boolValue
    }.count
    #expect(listed == files, "every file of the locked split is in its hash list")
  }

  @Test func theLockedSplitHasOtherWritersThanTraining() throws {
    let train = try LabelledCorpus(folder: packageRoot.appending(path: "Corpus/train"))
    let test = try LabelledCorpus(folder: packageRoot.appending(path: "Corpus/test"))
    #expect(Set(train.writers).isDisjoint(with: test.writers))
    // No text stands in both.
    let trainTexts = Set(
      (train.replies.map(\.text) + train.notes.map(\.text) + train.asks.map(\.text)
        + train.questions.map(\.text)).map { $0.lowercased() })
    let testTexts =
      test.replies.map(\.text) + test.notes.map(\.text) + test.asks.map(\.text)
      + test.questions.map(\.text)
    #expect(testTexts.allSatisfy { !trainTexts.contains($0.lowercased()) })
    // At least a quarter of each set is locked away.
    #expect(test.replies.count * 3 >= train.replies.count)
    #expect(test.notes.count * 3 >= train.notes.count)
    #expect(test.asks.count * 3 >= train.asks.count)
    #expect(test.questions.count * 3 >= train.questions.count)
  }

  @Test func everyBundledModelReads() {
    let bundled = JudgeModels.bundled
    #expect(bundled.replyVerdict != nil && bundled.replyCurrency != nil)
    #expect(bundled.noteKind != nil && bundled.ask != nil && bundled.question != nil)
  }

  @Test func aModelReadsBackBitForBit() throws {
    let model = try #require(JudgeModels.bundled.replyVerdict)
    let again = try LinearModel(decoding: model.encoded)
    #expect(again == model)
    #expect(model.outputs == ["commitment", "hedge", "rejection"])
  }

  @Test(arguments: [
    ("name: x\nlink: linear\n", "link is softmax or sigmoid"),
    ("# a comment\nnot a field\n", "expected `key: value`"),
    (
      "name: x\nlink: softmax\noutputs: a b\nbits: 8\nscale: 1\nbias: 0 0\ngroups:\nweights:\nAAAA\n",
      "the weights are not 512 numbers in base64"
    ),
  ])
  func aBrokenModelFileSaysWhereAndWhat(text: String, message: String) {
    #expect(throws: LinearModel.FormatError.self) { try LinearModel(decoding: text) }
    do {
      _ = try LinearModel(decoding: text)
    } catch {
      #expect(error.message == message)
    }
  }

  @Test func noModelsMeansTheRulesDecide() {
    let rules = Interpreter(lexicon: bundledLexicon, models: .none)
    #expect(rules.interpret("Sure, let's meet Tuesday at 3pm.").verdict == .commitment)
    #expect(rules.interpret("Sounds great, keep me posted").verdict == .hedge)
  }
}
