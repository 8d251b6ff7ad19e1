import Foundation

/// A linear model over hashed features: one weight per bucket and output, learned by
/// ``LinearTrainer`` from labelled text and stored as data (`prompts/model/*.model`).
public struct LinearModel: Sendable, Hashable {
  /// How the outputs' scores become probabilities.
  public enum Link: String, Sendable, Hashable {
    /// Exactly one output is right: the classes compete.
    case softmax
    /// Each output is a yes or no of its own.
    case sigmoid
  }

  /// The model's name, such as `reply-verdict`.
  public let name: String
  /// How scores become probabilities.
  public let link: Link
  /// The outputs' names, in order: classes for softmax, labels for sigmoid.
  public let outputs: [String]
  /// The number of buckets is `1 << bits`.
  public let bits: Int
  /// Lexicon groups the model was trained with: a user's own groups are not among them.
  public let groups: Set<String>
  /// The weights, quantized: bucket-major, `outputs.count` per bucket.
  let weights: [Int16]
  /// What one quantum of weight is worth.
  let scale: Float
  /// One bias per output.
  let bias: [Float]

  /// The weight of one bucket for one output.
  func weight(_ index: Int32, _ output: Int) -> Float {
    Float(weights[Int(index) * outputs.count + output]) * scale
  }

  /// Calls `body` with the quantized weights (in units of ``scale``) and the number of outputs.
  func withWeights<Result>(_ body: (UnsafeBufferPointer<Int16>, Int) -> Result) -> Result {
    weights.withUnsafeBufferPointer { body($0, outputs.count) }
  }

  /// The raw score of each output.
  public func scores(_ features: FeatureVector) -> [Float] {
    let count = outputs.count
    var scores = bias
    weights.withUnsafeBufferPointer { weights in
      for entry in features.entries {
        let base = Int(entry.index) * count
        let value = entry.value * scale
        for output in 0..<count {
          scores[output] += Float(weights[base + output]) * value
        }
      }
    }
    return scores
  }

  /// The output with the highest score; the first of equals.
  static func best(_ scores: [Float]) -> Int {
    scores.indices.max { scores[$0] < scores[$1] } ?? 0
  }

  /// The probability of each output.
  public func probabilities(_ scores: [Float]) -> [Float] {
    switch link {
    case .sigmoid:
      return scores.map { 1 / (1 + exp(-$0)) }
    case .softmax:
      let top = scores.max() ?? 0
      let exps = scores.map { exp($0 - top) }
      let sum = exps.reduce(0, +)
      return exps.map { $0 / sum }
    }
  }
}
