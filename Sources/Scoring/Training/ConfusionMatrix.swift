/// How often each true label was read as each label, with precision and recall per class.
public struct ConfusionMatrix: Sendable, Hashable {
  /// The labels, in row and column order.
  public let labels: [String]
  /// `counts[truth][guess]`.
  public private(set) var counts: [[Int]]

  /// Creates an empty matrix.
  public init(labels: [String]) {
    self.labels = labels
    counts = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
  }

  /// Counts one reading.
  public mutating func add(truth: String, guess: String) {
    guard let row = labels.firstIndex(of: truth), let column = labels.firstIndex(of: guess) else {
      return
    }
    counts[row][column] += 1
  }

  /// All readings counted.
  public var total: Int { counts.joined().reduce(0, +) }
  /// The readings that were right.
  public var correct: Int { labels.indices.reduce(0) { $0 + counts[$1][$1] } }
  /// The share that was right, 0–1.
  public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

  /// Of the texts read as `label`, the share that were.
  public func precision(_ label: Int) -> Double {
    let guessed = counts.reduce(0) { $0 + $1[label] }
    return guessed == 0 ? 0 : Double(counts[label][label]) / Double(guessed)
  }

  /// Of the texts that were `label`, the share read so.
  public func recall(_ label: Int) -> Double {
    let truths = counts[label].reduce(0, +)
    return truths == 0 ? 0 : Double(counts[label][label]) / Double(truths)
  }

  /// The lowest recall of any class that has texts.
  public var lowestRecall: Double {
    labels.indices.filter { counts[$0].reduce(0, +) > 0 }.map(recall).min() ?? 0
  }
}
