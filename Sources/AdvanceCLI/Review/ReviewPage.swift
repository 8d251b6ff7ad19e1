import Journal
import Scoring
import Vocabulary
import Workflow

/// `review --html`: one self-contained page to send a co-founder.
///
/// The charts are inline SVG
/// drawn from the same rows as the terminal's; no script, no font or image from the network;
/// black on white with a table of every number, so it prints and reads without the charts.
struct ReviewPage {
  let review: PeriodReview
  let thisYear: Int

  static func escaped(_ text: String) -> String {
    var result = ""
    for character in VisibleText.of(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  func span(_ figures: PeriodFigures) -> String {
    "\(figures.from.label(thisYear: thisYear)) – \(figures.through.label(thisYear: thisYear))"
  }

  static let style = """
    body { font: 15px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
      color: #1b1f24; background: #fff; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
    h2 { font-size: 1.05rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
    .sub { color: #57606a; margin: 0 0 1.2rem; }
    .cards { display: flex; flex-wrap: wrap; gap: .6rem; }
    .card { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .8rem; min-width: 8.5rem; }
    .card b { display: block; font-size: 1.6rem; }
    .card span { color: #57606a; font-size: .85rem; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid #eaeef2; }
    td.n, th.n { text-align: right; }
    td.part { padding-left: 1.5rem; color: #57606a; }
    svg { display: block; max-width: 100%; height: auto; }
    svg text { font: 12px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; fill: #1b1f24; }
    .key { font-size: .85rem; color: #57606a; }
    .key i { display: inline-block; width: .8rem; height: .8rem; vertical-align: -1px;
      margin: 0 .3rem 0 .8rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    footer { margin-top: 2rem; color: #57606a; font-size: .8rem; }
    @media print { body { margin: 0; max-width: none; font-size: 11pt; }
      h2 { break-after: avoid; } figure, table, .cards { break-inside: avoid; } }
    """

  static let now = "#0b6e79"
  static let before = "#b6c2cc"

  func html() -> String {
    let current = review.current
    let previous = review.previous
    let days = current.length == 1 ? "1 day" : "\(current.length) days"
    let rows = ReviewRow.rows(review)
    var page = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Review: \(span(current))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <h1>Customer meetings: \(span(current))</h1>
      <p class="sub">Against the \(days) before (\(span(previous))). From the advance journal.</p>
      <div class="cards">

      """
    let cards: [(String, String)] = [
      ("\(current.held)", "meetings held (before: \(previous.held))"),
      (
        current.advancementRate.map { "\($0)%" } ?? "–",
        "advanced (before: \(previous.advancementRate.map { "\($0)%" } ?? "–"))"
      ),
      ("\(current.kept[.them] ?? 0)", "promises they kept (before: \(previous.kept[.them] ?? 0))"),
      (
        review.currentAsks.average.map { LetterGrade(score: $0).rawValue } ?? "–",
        "mean ask grade (before: "
          + (review.previousAsks.average.map { LetterGrade(score: $0).rawValue } ?? "–") + ")"
      ),
    ]
    for (value, label) in cards {
      page += "<div class=\"card\"><b>\(value)</b><span>\(Self.escaped(label))</span></div>\n"
    }
    page += "</div>\n"
    page += "<h2>This period against the last</h2>\n"
    page += legend()
    page += comparison(rows)
    page += "<h2>Meetings each day</h2>\n"
    page += dailyChart(current)
    page += "<h2>Verdicts</h2>\n"
    page += verdictChart()
    page += "<h2>Every number</h2>\n" + table(rows)
    if !current.earlyvangelists.isEmpty {
      page +=
        "<h2>Earlyvangelists found</h2>\n<p>"
        + current.earlyvangelists.map(Self.escaped).joined(separator: ", ") + "</p>\n"
    }
    page += """
      <footer>Made by advance \(Advance.version) from the meeting record: a meeting advanced when
      they gave up time, reputation or money; a promise is kept when it is marked done.</footer>
      </body>
      </html>

      """
    return page
  }

  func legend() -> String {
    "<p class=\"key\"><i style=\"background:\(Self.now)\"></i>\(span(review.current))"
      + "<i style=\"background:\(Self.before)\"></i>\(span(review.previous))</p>\n"
  }

  /// Two bars a row, this period's over the last one's, each row scaled to its larger value.
  func comparison(_ rows: [ReviewRow]) -> String {
    let labelWidth = 190
    let barWidth = 420
    let rowHeight = 34
    let height = rows.count * rowHeight + 8
    var svg = """
      <figure><svg viewBox="0 0 \(labelWidth + barWidth + 60) \(height)" role="img" \
      aria-labelledby="compare-title"><title id="compare-title">Each figure, this period \
      against the last</title>

      """
    for (index, row) in rows.enumerated() {
      let top = max(row.current, row.previous, 1)
      let y = index * rowHeight + 4
      svg +=
        "<text x=\"\(row.isPart ? 16 : 0)\" y=\"\(y + 20)\">\(Self.escaped(row.label))</text>\n"
      for (offset, value, note, color) in [
        (0, row.current, row.currentNote, Self.now),
        (15, row.previous, row.previousNote, Self.before),
      ] {
        let width = value == 0 ? 0 : max(2, value * barWidth / top)
        svg +=
          "<rect x=\"\(labelWidth)\" y=\"\(y + offset)\" width=\"\(width)\" height=\"12\" "
          + "fill=\"\(color)\"/>"
          + "<text x=\"\(labelWidth + width + 6)\" y=\"\(y + offset + 11)\">\(value)"
          + (note.isEmpty ? "" : " · " + Self.escaped(note)) + "</text>\n"
      }
    }
    return svg + "</svg></figure>\n"
  }

  /// A column a day (a week, for long periods): meetings held, the advanced part darker.
  func dailyChart(_ figures: PeriodFigures) -> String {
    let values = figures.days
    let count = max(1, values.count)
    let width = 640
    let height = 160
    let top = max(1, values.map(\.held).max() ?? 0)
    let slot = Double(width) / Double(count)
    var svg = """
      <figure><svg viewBox="0 0 \(width) \(height + 24)" role="img" aria-labelledby="days-title">\
      <title id="days-title">Meetings held each day, and how many advanced</title>
      <line x1="0" y1="\(height)" x2="\(width)" y2="\(height)" stroke="#8c959f"/>

      """
    for (index, day) in values.enumerated() {
      let x = Double(index) * slot + slot * 0.15
      let barWidth = slot * 0.7
      let held = Double(day.held) * Double(height - 16) / Double(top)
      let advanced = Double(day.advanced) * Double(height - 16) / Double(top)
      svg +=
        "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(Double(height) - held))\" "
        + "width=\"\(Self.number(barWidth))\" height=\"\(Self.number(held))\" fill=\"\(Self.before)\"/>"
      svg +=
        "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(Double(height) - advanced))\" "
        + "width=\"\(Self.number(barWidth))\" height=\"\(Self.number(advanced))\" fill=\"\(Self.now)\"/>"
      if day.held > 0 {
        svg +=
          "<text x=\"\(Self.number(x + barWidth / 2))\" y=\"\(Self.number(Double(height) - held - 3))\" "
          + "text-anchor=\"middle\">\(day.held)</text>"
      }
      if count <= 31, index % max(1, count / 10) == 0 {
        let date = figures.from.adding(days: index)
        svg +=
          "<text x=\"\(Self.number(x + barWidth / 2))\" y=\"\(height + 16)\" text-anchor=\"middle\">"
          + "\(date.day)/\(date.month)</text>"
      }
      svg += "\n"
    }
    return svg + "</svg></figure>\n<p class=\"key\"><i style=\"background:\(Self.before)\"></i>held"
      + "<i style=\"background:\(Self.now)\"></i>advanced</p>\n"
  }

  /// One stacked bar a period: commitments, hedges and rejections.
  func verdictChart() -> String {
    let colors: [Verdict: String] = [
      .commitment: Self.now, .hedge: "#d4a72c", .rejection: "#cf222e",
    ]
    var svg = """
      <figure><svg viewBox="0 0 640 80" role="img" aria-labelledby="verdict-title">\
      <title id="verdict-title">The judge's verdicts, this period and the last</title>

      """
    for (index, (name, figures)) in [("this", review.current), ("before", review.previous)]
      .enumerated()
    {
      let y = index * 36 + 4
      svg += "<text x=\"0\" y=\"\(y + 17)\">\(name)</text>"
      let total = max(1, figures.verdicts.values.reduce(0, +))
      var x = 70.0
      for verdict in [Verdict.commitment, .hedge, .rejection] {
        let value = figures.verdicts[verdict] ?? 0
        guard value > 0 else { continue }
        let width = Double(value) * 540 / Double(total)
        svg +=
          "<rect x=\"\(Self.number(x))\" y=\"\(y)\" width=\"\(Self.number(width))\" "
          + "height=\"24\" fill=\"\(colors[verdict] ?? Self.before)\"/>"
          + "<text x=\"\(Self.number(x + 4))\" y=\"\(y + 17)\" style=\"fill:#fff\">\(value)</text>"
        x += width
      }
      svg += "\n"
    }
    return svg + "</svg></figure>\n<p class=\"key\">"
      + [Verdict.commitment, .hedge, .rejection].map {
        "<i style=\"background:\(colors[$0] ?? Self.before)\"></i>\($0.rawValue)"
      }.joined() + "</p>\n"
  }

  func table(_ rows: [ReviewRow]) -> String {
    var html =
      "<table>\n<tr><th></th><th class=\"n\">\(span(review.current))</th>"
      + "<th class=\"n\">\(span(review.previous))</th></tr>\n"
    for row in rows {
      let note = row.currentNote.isEmpty ? "" : " (\(Self.escaped(row.currentNote)))"
      let previousNote = row.previousNote.isEmpty ? "" : " (\(Self.escaped(row.previousNote)))"
      html +=
        "<tr><td\(row.isPart ? " class=\"part\"" : "")>\(Self.escaped(row.label))</td>"
        + "<td class=\"n\">\(row.current)\(note)</td><td class=\"n\">\(row.previous)\(previousNote)</td></tr>\n"
    }
    return html + "</table>\n"
  }

  static func number(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
