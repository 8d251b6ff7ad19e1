/// How good an ask is, what it lacks and a better wording.
public struct AskGrade: Sendable, Hashable, Codable {
  /// The ask as written.
  public var ask: String
  /// 0–100.
  public var score: Int
  /// A to F.
  public var grade: String
  /// What the ask already does well.
  public var strengths: [String]
  /// What it lacks, each in plain words.
  public var missing: [String]
  /// A better wording built from the founder's own words.
  public var better: String

  /// Creates a grade.
  public init(
    ask: String, score: Int, grade: String, strengths: [String], missing: [String], better: String
  ) {
    self.ask = ask
    self.score = score
    self.grade = grade
    self.strengths = strengths
    self.missing = missing
    self.better = better
  }

  /// The letter for a score.
  public static func letter(for score: Int) -> String {
    switch score {
    case 85...: "A"
    case 70..<85: "B"
    case 55..<70: "C"
    case 40..<55: "D"
    default: "F"
    }
  }
}
