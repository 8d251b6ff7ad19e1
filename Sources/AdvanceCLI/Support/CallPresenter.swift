import Calls
import Scoring
import Vocabulary
import Workflow

import enum Journal.VisibleText

/// How a call's reading looks at the terminal: talk shares, the ask and the reply, the next
/// steps, the founder's questions and what the prospect said, each with where it was said.
struct CallPresenter {
  let console: Console

  private var style: TerminalStyle { console.style }

  func show(_ reading: CallReading) {
    console.line(
      style.paint("Talk", .bold)
        + style.paint(
          reading.speakers.contains { $0.seconds != nil } ? "  (by speaking time)" : "  (by words)",
          .dim))
    for speaker in reading.speakers {
      let percent = Int((speaker.share * 100).rounded())
      let side = speaker.side == .us ? "you " : "them"
      console.line(
        "  \(Self.pad("\(percent)%", 4))  \(side)  " + VisibleText.of(speaker.name))
    }
    let founder = Int((reading.founderShare * 100).rounded())
    if founder > 50 {
      console.line(
        "  " + style.paint("!", .yellow)
          + " you talked \(founder)% of the call: listen more than you speak")
    }
    console.line()
    showAsk(reading)
    console.line()
    showSteps(reading)
    showQuestions(reading)
    showNotes(reading)
  }

  private func showAsk(_ reading: CallReading) {
    guard let ask = reading.ask else {
      console.line(
        style.paint("The ask", .bold) + "  none found: you did not ask for a next step")
      return
    }
    console.line(
      style.paint("The ask", .bold) + "  [\(ask.place.label)]  "
        + style.paint(
          "grade \(ask.grade.grade)", .bold) + " for the \(reading.stage.rawValue) stage"
        + (ask.grade.isGood ? "" : ", weak"))
    console.line("  \u{201C}\(VisibleText.of(ask.text))\u{201D}")
    for gap in ask.grade.gaps { console.line("  missing " + gap.message) }
    if !ask.grade.isGood { console.line("  try: " + VisibleText.of(ask.grade.better)) }
    guard let reply = reading.reply else {
      console.line(style.paint("The reply", .bold) + "  none: the call ends on your ask")
      return
    }
    console.line(style.paint("The reply", .bold) + "  [\(reply.place.label)]")
    console.line("  \u{201C}\(VisibleText.of(reply.text))\u{201D}")
    let prefix = "  "
    ScoringPresenter(console: console).show(reply.interpretation, indent: prefix)
  }

  private func showSteps(_ reading: CallReading) {
    guard !reading.nextSteps.isEmpty else {
      console.line(style.paint("Next steps", .bold) + "  none heard")
      return
    }
    console.line(style.paint("Next steps", .bold))
    for step in reading.nextSteps {
      let due = step.due.map { " · due \($0.description)" } ?? ""
      let owner = step.owner == .us ? "you " : "them"
      console.line(
        "  [\(step.place.label)] \(owner)\(due)  \u{201C}\(VisibleText.of(step.what))\u{201D}")
    }
  }

  private func showQuestions(_ reading: CallReading) {
    guard !reading.questions.isEmpty || !reading.planned.isEmpty else { return }
    console.line()
    let flagged = reading.questions.filter { !$0.flags.isEmpty }
    console.line(
      style.paint("Your questions", .bold)
        + "  \(reading.questions.count) asked, \(flagged.count) flagged")
    for question in flagged {
      let kinds = question.flags.map(\.kind.rawValue).joined(separator: ", ")
      console.line(
        "  [\(question.place.label)] " + style.paint(kinds, .yellow) + "  \u{201C}"
          + VisibleText.of(question.text) + "\u{201D}")
    }
    for planned in reading.planned {
      let mark = planned.askedAt.map { "asked [\($0.label)]" } ?? style.paint("not asked", .yellow)
      console.line("  planned: \(mark)  " + VisibleText.of(planned.text))
    }
  }

  private func showNotes(_ reading: CallReading) {
    guard !reading.notes.isEmpty else { return }
    console.line()
    let counts = Finding.Kind.allCases.compactMap { kind -> String? in
      let count = reading.notes.count { $0.kind == kind }
      return count == 0 ? nil : "\(count) \(kind.rawValue)\(count == 1 ? "" : "s")"
    }
    console.line(style.paint("What they said", .bold) + "  " + counts.joined(separator: ", "))
    // Compliments and fluff are counted, not listed: they are not evidence (--json has all).
    for note in reading.notes where ![.fluff, .compliment].contains(note.kind) {
      console.line(
        "  [\(note.place.label)] " + style.paint(note.kind.rawValue, .dim) + "  \u{201C}"
          + VisibleText.of(note.text) + "\u{201D}")
    }
    if !reading.signs.isEmpty {
      console.line(style.paint("Earlyvangelist signs", .bold))
      for sign in reading.signs {
        console.line(
          "  [\(sign.place.label)] \(sign.sign)  \u{201C}\(VisibleText.of(sign.text))\u{201D}")
      }
    }
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}
