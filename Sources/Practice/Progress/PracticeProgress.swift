import Foundation

/// Everything practice remembers between runs: the asks made, the drill sessions, and the drill's
/// spaced repetition state.
public struct PracticeProgress: Equatable, Sendable, Codable {
  /// One finished drill sitting.
  public struct DrillResult: Equatable, Sendable, Codable {
    public var date: Date
    public var cards: Int
    public var correct: Int
    public var score: Int

    public init(date: Date, cards: Int, correct: Int, score: Int) {
      self.date = date
      self.cards = cards
      self.correct = correct
      self.score = score
    }
  }

  public var attempts: [PracticeAttempt]
  public var drills: [DrillResult]
  public var drill: DrillState

  public init(
    attempts: [PracticeAttempt] = [], drills: [DrillResult] = [], drill: DrillState = .init()
  ) {
    self.attempts = attempts
    self.drills = drills
    self.drill = drill
  }
}
