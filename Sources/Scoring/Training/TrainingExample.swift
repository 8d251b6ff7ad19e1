/// One labelled text, as features and the outputs it should give.
public struct TrainingExample: Sendable {
  /// The text's features.
  public var features: FeatureVector
  /// One target per output: one-hot for a softmax model, 0 or 1 each for a sigmoid one.
  public var targets: [Float]
  /// How much the example counts, to balance rare classes.
  public var weight: Float

  /// Creates an example.
  public init(features: FeatureVector, targets: [Float], weight: Float = 1) {
    self.features = features
    self.targets = targets
    self.weight = weight
  }
}
