import Journal
import Scoring
import Vocabulary
import Workflow

/// One figure of `review`, for this period and the one before.
struct ReviewRow {
  /// What it counts, as a row label.
  let label: String
  let current: Int
  let previous: Int
  /// Words after each number (a rate, a mean grade), if any.
  var currentNote = ""
  var previousNote = ""
  /// Whether the row is a part of the row above it (shown indented).
  var isPart = false

  /// The rows of a review, in the order every output shows them.
  static func rows(_ review: PeriodReview) -> [ReviewRow] {
    let now = review.current
    let before = review.previous
    func rate(_ value: Int?) -> String { value.map { "\($0)%" } ?? "" }
    func mean(_ grades: PeriodReview.AskGrades) -> String {
      grades.average.map { "avg \($0) (\(LetterGrade(score: $0)))" } ?? ""
    }
    var rows = [
      ReviewRow(label: "Meetings held", current: now.held, previous: before.held),
      ReviewRow(
        label: "Advanced", current: now.advanced, previous: before.advanced,
        currentNote: rate(now.advancementRate), previousNote: rate(before.advancementRate)),
    ]
    for verdict in [Verdict.commitment, .hedge, .rejection] {
      rows.append(
        ReviewRow(
          label: verdict.rawValue, current: now.verdicts[verdict] ?? 0,
          previous: before.verdicts[verdict] ?? 0, isPart: true))
    }
    for (party, whose) in [(Party.us, "ours"), (.them, "theirs")] {
      rows.append(
        ReviewRow(
          label: "Promises kept, \(whose)", current: now.kept[party] ?? 0,
          previous: before.kept[party] ?? 0))
    }
    for (party, whose) in [(Party.us, "ours"), (.them, "theirs")] {
      rows.append(
        ReviewRow(
          label: "Promises broken, \(whose)", current: now.broken[party] ?? 0,
          previous: before.broken[party] ?? 0))
    }
    rows += [
      ReviewRow(
        label: "Asks graded", current: review.currentAsks.count,
        previous: review.previousAsks.count, currentNote: mean(review.currentAsks),
        previousNote: mean(review.previousAsks)),
      ReviewRow(
        label: "good (B or better)", current: review.currentAsks.good,
        previous: review.previousAsks.good, isPart: true),
      ReviewRow(label: "Facts in notes", current: now.facts, previous: before.facts),
      ReviewRow(label: "Compliments", current: now.compliments, previous: before.compliments),
      ReviewRow(
        label: "Earlyvangelists", current: now.earlyvangelists.count,
        previous: before.earlyvangelists.count),
    ]
    return rows
  }
}
