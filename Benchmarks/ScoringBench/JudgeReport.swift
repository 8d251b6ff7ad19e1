import Foundation
import Scoring

/// The judge on the training split and the locked test split, side by side: accuracy,
/// precision and recall per class, the confusion matrices, and the locked split's misses by
/// category only (its rows are never printed).
struct JudgeReport {
  let lexicon: Lexicon
  let models: JudgeModels
  let train: LabelledCorpus
  let test: LabelledCorpus
  let lock: Lock

  /// What the second column was measured on.
  enum Lock {
    /// The locked split, as frozen.
    case intact
    /// The locked split, changed since it was frozen.
    case changed
    /// Another folder, named.
    case probe(String)
  }

  func printAll() {
    let trained = JudgeEvaluation(train, lexicon: lexicon, models: models)
    let locked = JudgeEvaluation(test, lexicon: lexicon, models: models)
    print("\n== judge: learned weights, training split beside the locked test split")
    switch lock {
    case .intact: print("locked split: Corpus/test matches Corpus/test.sha256")
    case .changed:
      print(
        "locked split: CHANGED since it was frozen (Corpus/test.sha256 differs): figures not comparable"
      )
    case .probe(let folder): print("second column: \(folder), not the locked split")
    }
    print(row("", "train", "locked test"))
    section("reply verdict", trained.verdicts, locked.verdicts)
    print(
      row(
        "  verdict + exact currencies", percent(trained.exactReplyShare),
        percent(locked.exactReplyShare)))
    print(
      row(
        "  exact currencies of commitments read",
        "\(percent(trained.exactCurrencyShare)) of \(trained.committedRead)",
        "\(percent(locked.exactCurrencyShare)) of \(locked.committedRead)"))
    section("note-line kind", trained.notes, locked.notes)
    section("ask good/weak for its stage", trained.asks, locked.asks)
    section("planned question good/bad", trained.questions, locked.questions)
    section("next step: who acts (us/them)", trained.stepOwners, locked.stepOwners)
    section("next step: a commitment of theirs", trained.stepCommitments, locked.stepCommitments)
    for (name, matrix) in [
      ("reply verdict", locked.verdicts), ("note-line kind", locked.notes), ("asks", locked.asks),
      ("questions", locked.questions), ("step owners", locked.stepOwners),
      ("step commitments", locked.stepCommitments),
    ] {
      print("\nconfusion on the locked test, \(name) (rows: truth, columns: read as)")
      printConfusion(matrix)
    }
    print("\nmisses on the locked test, by category (the rows themselves are not read):")
    let readers = locked.missCategories.filter { !$0.key.hasPrefix("  ") }
    for (category, count) in readers.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      print(String(format: "%5d  %@", count, category))
    }
    print("  by the shape of the text:")
    let shapes = locked.missCategories.filter { $0.key.hasPrefix("  ") }
    for (category, count) in shapes.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
      print(String(format: "%5d  %@", count, String(category.dropFirst(2))))
    }
  }

  private func section(_ title: String, _ train: ConfusionMatrix, _ test: ConfusionMatrix) {
    print(
      row(
        "\(title)", "\(percent(train.accuracy)) of \(train.total)",
        "\(percent(test.accuracy)) of \(test.total)"))
    for (index, label) in train.labels.enumerated() {
      print(
        row(
          "  \(label): precision / recall",
          "\(percent(train.precision(index))) / \(percent(train.recall(index)))",
          "\(percent(test.precision(index))) / \(percent(test.recall(index)))"))
    }
  }

  private func printConfusion(_ matrix: ConfusionMatrix) {
    let width = max(12, (matrix.labels.map(\.count).max() ?? 0) + 2)
    print(pad("", width) + matrix.labels.map { pad($0, width) }.joined())
    for (index, label) in matrix.labels.enumerated() {
      print(pad(label, width) + matrix.counts[index].map { pad(String($0), width) }.joined())
    }
  }

  private func row(_ title: String, _ left: String, _ right: String) -> String {
    pad(title, 44) + pad(left, 22) + right
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private func percent(_ share: Double) -> String {
    String(format: "%.1f%%", share * 100)
  }
}
