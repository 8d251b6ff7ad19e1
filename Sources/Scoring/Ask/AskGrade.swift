import Vocabulary

/// How good an ask is for its stage, what it lacks and a better wording.
public struct AskGrade: Sendable, Hashable, Codable {
  /// The ask as written.
  public var ask: String
  /// The stage it was graded for.
  public var stage: Stage
  /// 0–100; 70 and up is a good ask.
  public var score: Int
  /// A to F; A and B are good asks.
  public var grade: LetterGrade
  /// Whether it is a good ask for the stage.
  public var isGood: Bool { score >= Self.good }
  /// What it lacks, as values.
  public var gaps: [AskGap]
  /// What the ask already does well.
  public var strengths: [String]
  /// The phrases that weighed most, quoted.
  public var reasons: [String]
  /// A better wording built from the founder's own words.
  public var better: String

  /// The lowest good score.
  public static let good = 70

  /// What it lacks, each in plain words.
  public var missing: [String] { gaps.map(\.message) }

  /// Creates a grade.
  public init(
    ask: String, stage: Stage, score: Int, gaps: [AskGap], strengths: [String],
    reasons: [String], better: String
  ) {
    self.ask = ask
    self.stage = stage
    self.score = score
    self.grade = LetterGrade(score: score)
    self.gaps = gaps
    self.strengths = strengths
    self.reasons = reasons
    self.better = better
  }

  private enum CodingKeys: String, CodingKey {
    case ask, stage, score, grade, good, gaps, strengths, reasons, better
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(ask, forKey: .ask)
    try container.encode(stage, forKey: .stage)
    try container.encode(score, forKey: .score)
    try container.encode(grade, forKey: .grade)
    try container.encode(isGood, forKey: .good)
    try container.encode(gaps, forKey: .gaps)
    try container.encode(strengths, forKey: .strengths)
    try container.encode(reasons, forKey: .reasons)
    try container.encode(better, forKey: .better)
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    ask = try container.decode(String.self, forKey: .ask)
    stage = try container.decode(Stage.self, forKey: .stage)
    score = try container.decode(Int.self, forKey: .score)
    grade = try container.decode(LetterGrade.self, forKey: .grade)
    gaps = try container.decode([AskGap].self, forKey: .gaps)
    strengths = try container.decode([String].self, forKey: .strengths)
    reasons = try container.decode([String].self, forKey: .reasons)
    better = try container.decode(String.self, forKey: .better)
  }
}
