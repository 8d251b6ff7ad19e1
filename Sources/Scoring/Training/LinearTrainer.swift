import Foundation

/// Learns a ``LinearModel`` by logistic regression: AdaGrad steps with L2 decay, the examples
/// visited in an order drawn from a fixed seed, so the same data always gives the same bytes.
public enum LinearTrainer {
  /// How training runs.
  public struct Settings: Sendable, Hashable {
    /// Passes over the data.
    public var epochs = 16
    /// The AdaGrad step size.
    public var rate: Float = 0.2
    /// L2 decay per step.
    public var l2: Float = 2e-5
    /// The seed of the visiting order.
    public var seed: UInt64 = 20_261_201

    /// The defaults.
    public init() {}
  }

  /// Trains a model.
  ///
  /// - Parameters:
  ///   - name: The model's name.
  ///   - link: Softmax (one class) or sigmoid (independent outputs).
  ///   - outputs: The outputs' names; every example has one target per output.
  ///   - bits: Buckets as a power of two; every example's features must use the same.
  ///   - groups: The lexicon groups the features were drawn from.
  ///   - settings: Steps, decay and seed.
  ///   - examples: The labelled data.
  /// - Returns: The quantized model.
  public static func train(
    name: String, link: LinearModel.Link, outputs: [String], bits: Int, groups: Set<String>,
    settings: Settings = Settings(), examples: [TrainingExample]
  ) -> LinearModel {
    let count = outputs.count
    var weights = [Float](repeating: 0, count: (1 << bits) * count)
    var squares = [Float](repeating: 0, count: weights.count)
    var bias = [Float](repeating: 0, count: count)
    var biasSquares = [Float](repeating: 0, count: count)
    var order = Array(examples.indices)
    var random = SplitMix64(seed: settings.seed)
    var scores = [Float](repeating: 0, count: count)
    var gradient = [Float](repeating: 0, count: count)
    for _ in 0..<settings.epochs {
      random.shuffle(&order)
      for position in order {
        let example = examples[position]
        for output in 0..<count { scores[output] = bias[output] }
        for entry in example.features.entries {
          let base = Int(entry.index) * count
          for output in 0..<count { scores[output] += weights[base + output] * entry.value }
        }
        switch link {
        case .sigmoid:
          for output in 0..<count {
            gradient[output] = 1 / (1 + exp(-scores[output])) - example.targets[output]
          }
        case .softmax:
          let top = scores.max() ?? 0
          var sum: Float = 0
          for output in 0..<count {
            scores[output] = exp(scores[output] - top)
            sum += scores[output]
          }
          for output in 0..<count {
            gradient[output] = scores[output] / sum - example.targets[output]
          }
        }
        for output in 0..<count { gradient[output] *= example.weight }
        for output in 0..<count {
          let step = gradient[output]
          biasSquares[output] += step * step
          bias[output] -= settings.rate * step / (biasSquares[output].squareRoot() + 1e-6)
        }
        for entry in example.features.entries {
          let base = Int(entry.index) * count
          for output in 0..<count {
            let slot = base + output
            let step = gradient[output] * entry.value + settings.l2 * weights[slot]
            squares[slot] += step * step
            weights[slot] -= settings.rate * step / (squares[slot].squareRoot() + 1e-6)
          }
        }
      }
    }
    let largest = weights.reduce(Float(0)) { max($0, abs($1)) }
    let scale = largest > 0 ? largest / Float(Int16.max) : 1
    let quantized = weights.map { Int16(($0 / scale).rounded()) }
    return LinearModel(
      name: name, link: link, outputs: outputs, bits: bits, groups: groups, weights: quantized,
      scale: scale, bias: bias)
  }
}

/// A small, fast generator with a fixed sequence for a seed (Steele, Lea and Flood's SplitMix64).
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var value = state
    value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
    value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
    return value ^ (value >> 31)
  }

  /// Fisher–Yates, written out so the order never depends on the standard library's version.
  mutating func shuffle(_ items: inout [Int]) {
    guard items.count > 1 else { return }
    for index in stride(from: items.count - 1, to: 0, by: -1) {
      let other = Int(next() % UInt64(index + 1))
      items.swapAt(index, other)
    }
  }
}
