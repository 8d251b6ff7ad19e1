import Journal
import Vocabulary
import Workflow

/// `review --json`: both periods with the same keys, snake case, sorted.
struct ReviewJSON: Encodable {
  struct Period: Encodable {
    struct Asks: Encodable {
      var graded: Int
      var good: Int
      @Nullable var average: Int?
      var letters: [String: Int]

      enum CodingKeys: String, CodingKey { case graded, good, average, letters }
    }

    struct Day: Encodable {
      var day: JournalDay
      var held: Int
      var advanced: Int
    }

    var from: JournalDay
    var through: JournalDay
    var meetingsHeld: Int
    var advanced: Int
    @Nullable var advancementRate: Int?
    var verdicts: [String: Int]
    var kept: [String: Int]
    var broken: [String: Int]
    var asks: Asks
    var facts: Int
    var compliments: Int
    var earlyvangelists: [String]
    var days: [Day]

    init(_ figures: PeriodFigures, asks grades: PeriodReview.AskGrades) {
      from = figures.from
      through = figures.through
      meetingsHeld = figures.held
      advanced = figures.advanced
      advancementRate = figures.advancementRate
      verdicts = Dictionary(
        uniqueKeysWithValues: Verdict.allCases.map { ($0.rawValue, figures.verdicts[$0] ?? 0) })
      kept = ["us": figures.kept[.us] ?? 0, "them": figures.kept[.them] ?? 0]
      broken = ["us": figures.broken[.us] ?? 0, "them": figures.broken[.them] ?? 0]
      asks = Asks(
        graded: grades.count, good: grades.good, average: grades.average, letters: grades.letters)
      facts = figures.facts
      compliments = figures.compliments
      earlyvangelists = figures.earlyvangelists
      days = figures.days.enumerated().map { index, day in
        Day(day: figures.from.adding(days: index), held: day.held, advanced: day.advanced)
      }
    }

    enum CodingKeys: String, CodingKey {
      case from, through, advanced, verdicts, kept, broken, asks, facts, compliments
      case earlyvangelists, days
      case meetingsHeld = "meetings_held"
      case advancementRate = "advancement_rate"
    }
  }

  var current: Period
  var previous: Period

  init(_ review: PeriodReview) {
    current = Period(review.current, asks: review.currentAsks)
    previous = Period(review.previous, asks: review.previousAsks)
  }
}
