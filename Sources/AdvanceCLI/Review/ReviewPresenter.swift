import Journal
import Vocabulary
import Workflow

/// `review` in the terminal: bars and a sparkline from block characters when the output is a
/// colour terminal, plain sentences with the numbers otherwise (`--no-color`, a pipe,
/// accessible mode).
struct ReviewPresenter {
  let review: PeriodReview
  let style: TerminalStyle
  let charts: Bool
  let thisYear: Int

  static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
  static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
  static let barWidth = 10

  /// `Tue 24 Nov – Mon 30 Nov`.
  func span(_ figures: PeriodFigures) -> String {
    "\(figures.from.label(thisYear: thisYear)) – \(figures.through.label(thisYear: thisYear))"
  }

  /// A bar of `value` against `maximum`, in eighths of a cell, `width` cells at most.
  static func bar(_ value: Int, of maximum: Int, width: Int = barWidth) -> String {
    guard maximum > 0, value > 0 else { return "" }
    let eighthsLong = max(1, Int((Double(value) * Double(width * 8) / Double(maximum)).rounded()))
    return String(repeating: "█", count: eighthsLong / 8) + eighths[eighthsLong % 8]
  }

  /// A sparkline of the values, one character each (`▁` for none).
  static func sparkline(_ values: [Int]) -> String {
    let top = values.max() ?? 0
    return String(
      values.map { value in
        top == 0 || value == 0
          ? sparks[0] : sparks[min(7, max(1, Int((Double(value) * 7 / Double(top)).rounded())))]
      })
  }

  /// Meetings held in each day of a period, or in each week when it is longer than 62 days.
  static func series(_ figures: PeriodFigures) -> (values: [Int], unit: String) {
    let held = figures.days.map(\.held)
    guard held.count > 62 else { return (held, "day") }
    return (
      stride(from: 0, to: held.count, by: 7).map {
        held[$0..<min($0 + 7, held.count)].reduce(0, +)
      }, "week"
    )
  }

  func lines() -> [String] {
    let now = review.current
    let before = review.previous
    let days = now.length == 1 ? "1 day" : "\(now.length) days"
    var lines = [
      style.paint("Review of \(span(now))", .bold),
      "against the \(days) before, \(span(before))",
    ]
    let rows = ReviewRow.rows(review)
    let spark = Self.series(now)
    let sparkBefore = Self.series(before)
    if charts {
      let labelWidth = 24
      let cell = Self.barWidth + 16
      func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
      }
      lines.append(
        pad("", labelWidth) + style.paint(pad("these \(days)", cell) + "the \(days) before", .dim))
      for row in rows {
        let top = max(row.current, row.previous)
        func cellText(_ value: Int, _ note: String, _ color: TerminalStyle.Color) -> String {
          let bar = Self.bar(value, of: top)
          let number = String(value)
          let text =
            pad(bar, Self.barWidth) + " " + String(repeating: " ", count: max(0, 3 - number.count))
            + number + (note.isEmpty ? "" : " " + note)
          return style.paint(pad(bar, Self.barWidth), color) + String(text.dropFirst(Self.barWidth))
            + String(repeating: " ", count: max(0, cell - text.count))
        }
        let label = row.isPart ? "  " + row.label : row.label
        let line =
          pad(label, labelWidth) + cellText(row.current, row.currentNote, .cyan)
          + cellText(row.previous, row.previousNote, .dim)
        lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
      }
      lines.append(
        pad("Meetings each \(spark.unit)", labelWidth) + pad(Self.sparkline(spark.values), cell)
          + Self.sparkline(sparkBefore.values))
    } else {
      for row in rows {
        let note = row.currentNote.isEmpty ? "" : " (\(row.currentNote))"
        let previousNote = row.previousNote.isEmpty ? "" : " (\(row.previousNote))"
        let label = row.isPart ? "  " + row.label : row.label
        lines.append("\(label): \(row.current)\(note); before: \(row.previous)\(previousNote)")
      }
      lines.append(
        "Meetings each \(spark.unit): " + spark.values.map(String.init).joined(separator: ", "))
      lines.append(
        "  before: " + sparkBefore.values.map(String.init).joined(separator: ", "))
    }
    if !now.earlyvangelists.isEmpty {
      lines.append(
        "Earlyvangelists found: "
          + now.earlyvangelists.map { VisibleText.of($0) }.joined(separator: ", "))
    }
    return lines
  }
}
