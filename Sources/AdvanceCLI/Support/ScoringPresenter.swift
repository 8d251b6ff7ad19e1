import Foundation
import Scoring
import Vocabulary
import Workflow

import enum Journal.VisibleText

/// How readings, scorecards and question checks look at the terminal.
struct ScoringPresenter {
  let console: Console

  private var style: TerminalStyle { console.style }

  private func paint(_ verdict: Verdict) -> String {
    let color: TerminalStyle.Color =
      switch verdict {
      case .commitment: .green
      case .hedge: .yellow
      case .rejection: .red
      }
    return style.paint(verdict.rawValue, color)
  }

  func show(_ reading: Interpretation, indent: String = "") {
    var headline = indent + paint(reading.verdict) + "  (strength \(reading.strength)/100)"
    if !reading.currencies.isEmpty {
      headline += "  costs them: " + reading.currencies.map(\.rawValue).joined(separator: ", ")
    }
    console.line(headline)
    // A long reply says the same thing many times: each reason once, with how often.
    for reason in Self.grouped(reading.reasons.map { VisibleText.of($0) }) {
      console.line(indent + "  - " + reason)
    }
    if !reading.signals.isEmpty {
      let signals = reading.signals.map { "\($0.kind) \"\(VisibleText.of($0.text))\"" }
      console.line(
        indent + style.paint("  signals: ", .dim) + Self.grouped(signals).joined(separator: ", "))
    }
  }

  /// Each distinct line once, in the order first seen, followed by ` (×N)` when it came N > 1
  /// times.
  static func grouped(_ lines: [String]) -> [String] {
    var counts: [String: Int] = [:]
    var order: [String] = []
    for line in lines {
      if counts[line] == nil { order.append(line) }
      counts[line, default: 0] += 1
    }
    return order.map { line in
      let count = counts[line] ?? 1
      return count > 1 ? "\(line) (×\(count))" : line
    }
  }

  func show(_ grade: AskGrade) {
    let verdict =
      grade.isGood ? style.paint("a good ask", .green) : style.paint("a weak ask", .yellow)
    console.line(
      style.paint("grade \(grade.grade)", .bold) + "  (\(grade.score)/100)  " + verdict
        + " for the \(grade.stage.rawValue) stage")
    for line in grade.strengths { console.line("  + " + line) }
    for reason in grade.reasons { console.line("  - " + reason) }
    for gap in grade.gaps { console.line("  missing " + gap.message) }
    if !grade.isGood || !grade.gaps.isEmpty { console.line("try: " + grade.better) }
  }

  func show(_ card: Scorecard) {
    console.line(
      style.paint("Scorecard", .bold) + "  " + paint(card.verdict) + "  score \(card.score)/100")
    for item in card.items {
      let points = item.points > 0 ? "+\(item.points)" : "\(item.points)"
      let padded = String(repeating: " ", count: max(0, 4 - points.count)) + points
      console.line(
        "  " + style.paint(padded, item.points >= 0 ? .green : .red) + "  "
          + VisibleText.of(item.reason))
    }
    showAdvancement(card)
    let findings = card.notes.findings
    let counts = Finding.Kind.allCases.compactMap { kind -> String? in
      let count = findings.count { $0.kind == kind }
      return count == 0 ? nil : "\(count) \(kind.rawValue)\(count == 1 ? "" : "s")"
    }
    if !counts.isEmpty {
      console.line("Heard: " + counts.joined(separator: ", "))
      for finding in findings where finding.kind != .fact {
        console.line(
          style.paint("  \(finding.kind.rawValue): ", .dim) + "\"\(VisibleText.of(finding.text))\"")
      }
    }
    let signs = card.notes.distinctSigns
    if !signs.isEmpty {
      let label = card.notes.isEarlyvangelist ? "Earlyvangelist: " : "Earlyvangelist signs: "
      console.line(style.paint(label, .bold) + VisibleText.of(signs.joined(separator: ", ")))
    }
    console.line(style.paint("Next: ", .boldCyan) + VisibleText.of(card.nextAction))
  }

  private func showAdvancement(_ card: Scorecard) {
    let advancement = card.advancement
    let why: String =
      switch advancement.reason {
      case .replyCommitted: "they committed in the reply"
      case .theirStep: "they own a next step that costs them something"
      case .rejected: "a clear no"
      case .onlyOurSteps: "every next step is your own homework"
      case .nothingGiven: "their next step costs them nothing"
      case .noStep: "no next step"
      }
    console.line(
      "Advanced: "
        + (advancement.advanced
          ? style.paint("yes", .green) + " — " + why
          : style.paint("no", .yellow) + " — " + why))
    for step in card.steps {
      var line =
        "  "
        + style.paint(
          step.owner.rawValue.padding(toLength: 5, withPad: " ", startingAt: 0),
          step.owner == .them ? .cyan : .dim)
      line += VisibleText.of(step.what)
      if let due = step.due { line += style.paint("  due \(due.label())", .dim) }
      if !step.costs.isEmpty {
        line += style.paint(
          "  costs them " + step.costs.map(\.rawValue).joined(separator: ", "), .green)
      }
      console.line(line)
    }
  }

  /// A finished debrief's scorecard, and a note when the founder read the reply differently.
  func show(_ card: Scorecard, debriefAnswers answers: [String: String]) {
    console.line()
    show(card)
    if let note = MeetingRecord.disagreement(answers: answers, scorecard: card) {
      console.line(style.paint(VisibleText.of(note), .yellow))
    }
  }

  func show(_ checks: [QuestionCheck]) {
    for check in checks {
      if check.isGood {
        console.line(style.paint("  ✓ ", .green) + check.text)
        continue
      }
      console.line(style.paint("  ✗ ", .red) + check.text)
      for flag in check.flags {
        console.line("      " + style.paint(flag.kind.rawValue + ": ", .yellow) + flag.hint)
      }
    }
    let good = checks.count(where: \.isGood)
    console.line("\(good) of \(checks.count) questions ask about real behaviour.")
  }
}
