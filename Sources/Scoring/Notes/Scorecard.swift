import Vocabulary

/// A meeting's scorecard: the verdict, a 0–100 score with every point explained, advancement and
/// the next action.
public struct Scorecard: Sendable, Hashable, Codable {
  /// Commitment, hedge or rejection.
  public var verdict: Verdict
  /// What the commitment costs them; empty unless a commitment.
  public var currencies: [Currency]
  /// The score, 0–100.
  public var score: Int
  /// The points that make the score, each explained.
  public var items: [ScoreItem]
  /// Whether the meeting advanced, and why (``Advancement``'s rule).
  public var advancement: Advancement
  /// The next steps it was scored with.
  public var steps: [NextStep]
  /// What to do now, in one sentence.
  public var nextAction: String
  /// The reading of the reply (or of the notes when no reply was given).
  public var interpretation: Interpretation
  /// The reading of the notes.
  public var notes: NotesReading

  /// Creates a scorecard.
  public init(
    verdict: Verdict, currencies: [Currency], score: Int, items: [ScoreItem],
    advancement: Advancement, steps: [NextStep] = [], nextAction: String,
    interpretation: Interpretation,
    notes: NotesReading
  ) {
    self.verdict = verdict
    self.currencies = currencies
    self.score = score
    self.items = items
    self.advancement = advancement
    self.steps = steps
    self.nextAction = nextAction
    self.interpretation = interpretation
    self.notes = notes
  }

  private enum CodingKeys: String, CodingKey {
    case verdict, currencies, score, items, advancement, steps
    case nextAction = "next_action"
    case interpretation, notes
  }
}
