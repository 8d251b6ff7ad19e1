/// What an ask grader found in one ask.
public struct AskAssessment: Equatable, Sendable, Codable {
  /// The grader's overall mark.
  public enum Grade: String, CaseIterable, Comparable, Sendable, Codable {
    /// Nothing concrete to say yes or no to.
    case weak
    /// Something concrete, with gaps.
    case fair
    /// Concrete, right-sized, with a real chance to say no.
    case strong

    public static func < (lhs: Grade, rhs: Grade) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  public var grade: Grade
  /// 0–100.
  public var score: Int
  /// True when the ask is concrete but bigger than the stage allows.
  public var isOversized: Bool
  /// What is missing, in plain words ("a date", "a chance to say no").
  public var missing: [String]
  /// The ask reworded from the founder's own words, when the grader can.
  public var betterWording: String?

  public init(
    grade: Grade, score: Int, isOversized: Bool = false, missing: [String] = [],
    betterWording: String? = nil
  ) {
    self.grade = grade
    self.score = min(100, max(0, score))
    self.isOversized = isOversized
    self.missing = missing
    self.betterWording = betterWording
  }

  /// Which of a persona's replies this ask earns.
  public var quality: AskQuality {
    switch grade {
    case .weak: return .vague
    case _ where isOversized: return .oversized
    case .fair: return .undated
    case .strong: return .crisp
    }
  }
}
