/// The thresholds behind the pipeline's warnings.
public struct PipelineRules: Hashable, Sendable {
  /// Consecutive meetings without a commitment that make a lead a zombie.
  public var zombieStreak: Int
  /// Earlyvangelist signs in one meeting that make a lead worth asking for money.
  public var earlyvangelistSigns: Int

  /// The defaults: two meetings in a row; three of the five signs.
  public init(zombieStreak: Int = 2, earlyvangelistSigns: Int = 3) {
    self.zombieStreak = zombieStreak
    self.earlyvangelistSigns = earlyvangelistSigns
  }
}
