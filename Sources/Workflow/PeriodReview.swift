import Journal
import Scoring
import Vocabulary

/// `review`'s report: a period's figures against the period just before, of the same length,
/// with the asks of each graded by the judge.
public struct PeriodReview: Sendable {
  /// How the asks of one period were graded.
  public struct AskGrades: Hashable, Sendable {
    /// Asks graded, by letter (A–F).
    public var letters: [String: Int] = [:]
    /// The mean score, 0–100; nil without asks.
    public var average: Int?
    /// How many were good (``AskGrade/good`` or better).
    public var good = 0
    /// How many were graded.
    public var count = 0
  }

  /// The period asked about, and the one before it.
  public var current: PeriodFigures
  public var previous: PeriodFigures
  /// Their asks' grades.
  public var currentAsks: AskGrades
  public var previousAsks: AskGrades

  /// The periods `review` compares: `days` days ending `through`, and as many before.
  public static func periods(days: Int, through: JournalDay) -> (
    current: (JournalDay, JournalDay), previous: (JournalDay, JournalDay)
  ) {
    let from = through.adding(days: 1 - days)
    return ((from, through), (from.adding(days: -days), from.adding(days: -1)))
  }

  /// Grades the asks of both periods.
  public init(current: PeriodFigures, previous: PeriodFigures, grader: AskGrader) {
    self.current = current
    self.previous = previous
    currentAsks = Self.grades(current.asks, grader: grader)
    previousAsks = Self.grades(previous.asks, grader: grader)
  }

  static func grades(_ asks: [PeriodFigures.Ask], grader: AskGrader) -> AskGrades {
    var grades = AskGrades()
    var total = 0
    for ask in asks {
      let grade = grader.grade(ask.text, stage: ask.stage)
      grades.letters[grade.grade.rawValue, default: 0] += 1
      if grade.isGood { grades.good += 1 }
      total += grade.score
    }
    grades.count = asks.count
    grades.average = asks.isEmpty ? nil : Int((Double(total) / Double(asks.count)).rounded())
    return grades
  }
}
