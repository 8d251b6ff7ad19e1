import Foundation
import Vocabulary

extension MarkdownWriter {
  /// The answers a debrief's note shows in its own places, not among the others.
  private static let placed: Set<String> = [
    "lead", "planned", "notes", "asked", "reply", "verdict", "currencies", "versus_plan",
    "next_steps", "next_step", "next_step_date", "verdict_stands",
  ]

  /// A debrief: the plan beside the result, the notes with the kind of each line, what else
  /// was answered, and the next steps.
  ///
  /// - Parameters:
  ///   - meeting: the debrief.
  ///   - answers: its answers.
  ///   - prep: the prep it follows (`prepId`) with that prep's answers, when there was one.
  ///   - steps: the steps agreed at it.
  mutating func debrief(
    _ meeting: Meeting, answers: [Answer], prep: (meeting: Meeting, answers: [Answer])?,
    steps: [Commitment]
  ) {
    title(meeting)
    let values = Self.values(answers)
    plan(meeting, values: values, prep: prep)
    result(meeting, values: values)
    notes(NoteLine.lines(scorecard: meeting.scorecard, notes: values["notes"]))
    let others = values.filter { !Self.placed.contains($0.key) }
    if others.contains(where: { !$0.value.allSatisfy(\.isWhitespace) }) {
      line("**Also noted**")
      line("")
      items(others, answers: answers)
      line("")
    }
    nextSteps(steps)
  }

  /// What the founder went in for: the prep's ask, its fallback and what each answer would
  /// sound like, or the ask they had in mind when there was no prep.
  private mutating func plan(
    _ meeting: Meeting, values: [String: String], prep: (meeting: Meeting, answers: [Answer])?
  ) {
    let wanted = values["planned"] ?? meeting.plannedAsk
    var shown: [(String, String)] = []
    if let prep {
      let planned = Self.values(prep.answers)
      let ask = planned["ask"] ?? prep.meeting.plannedAsk
      shown.append(("ask", ask))
      for id in ["fallback", "yes_sounds", "hedge_sounds", "no_sounds"] {
        if let value = planned[id] { shown.append((id, value)) }
      }
      line("**The plan** (from the prep of \(Self.day(prep.meeting.day)))")
      // What they had in mind at the debrief, when it is not the prep's ask.
      if Self.trimmed(wanted) != Self.trimmed(ask) { shown.append(("planned", wanted)) }
    } else {
      line("**The plan** (no prep)")
      shown.append(("planned", wanted))
    }
    line("")
    let written = shown.filter { !Self.trimmed($0.1).isEmpty }
    if written.isEmpty { line("- Nothing planned was written down.") }
    for (id, value) in written { item(AnswerLabel.of(id), value) }
    line("")
  }

  /// What happened: the ask made, the reply, both readings of it, and whether it advanced.
  private mutating func result(_ meeting: Meeting, values: [String: String]) {
    line("**What happened**")
    line("")
    let count = text.utf8.count
    item(AnswerLabel.of("asked"), values["asked"] ?? "")
    item(AnswerLabel.of("reply"), meeting.reply.isEmpty ? values["reply"] ?? "" : meeting.reply)
    if let judged = meeting.verdict {
      var reading = judged.rawValue
      if let strength = meeting.strength { reading += " · strength \(strength)/100" }
      line("- **The judge's verdict:** " + reading)
    }
    if let verdict = verdictLine(meeting, values: values) {
      line("- **\(AnswerLabel.of("verdict")):** " + verdict)
    }
    if !meeting.currencies.isEmpty {
      line("- **What it cost them:** " + meeting.currencies.map(\.rawValue).joined(separator: ", "))
    }
    if let advanced = meeting.advanced { line("- **Advanced:** " + (advanced ? "yes" : "no")) }
    if let score = meeting.score { line("- **Score:** \(score)/100") }
    let heard = [
      (meeting.factCount, "fact"), (meeting.complimentCount, "compliment"),
      (meeting.earlyvangelistSigns, "earlyvangelist sign"),
    ].filter { $0.0 > 0 }.map { Self.count($0.0, $0.1) }
    if !heard.isEmpty { line("- **Heard:** " + heard.joined(separator: " · ")) }
    item(AnswerLabel.of("versus_plan"), values["versus_plan"] ?? "")
    if text.utf8.count == count { line("- Nothing recorded.") }
    line("")
  }

  /// The founder's verdict, and whether it is the judge's; `nil` when neither read it.
  private func verdictLine(_ meeting: Meeting, values: [String: String]) -> String? {
    let yours = meeting.yourVerdict ?? values["verdict"].flatMap(Verdict.init(rawValue:))
    guard let judged = meeting.verdict else { return yours?.rawValue }
    guard let yours else { return "not given (the judge's stands)" }
    if yours == judged { return yours.rawValue + " (the judge's too)" }
    let stands = values["verdict_stands"] == "yours" ? "yours stands" : "the judge's stands"
    return yours.rawValue + " — you and the judge differ; " + stands
  }

  /// The notes, a line per item, each with its kind when the meeting was scored.
  private mutating func notes(_ lines: [NoteLine]) {
    guard !lines.isEmpty else { return }
    line("**\(AnswerLabel.of("notes"))**")
    line("")
    for note in lines {
      let text = Self.lines(of: note.text).joined(separator: " ")
      line("- " + (note.kind.map { "*\($0)* — " } ?? "") + text)
    }
    line("")
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)" + (number == 1 ? "" : "s")
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
