import Vocabulary

/// Meeting notes as Markdown, to paste into a notes tool.
///
/// The founder's text is written as typed (it is their own notes, often Markdown already), but
/// for control characters, which are shown (`VisibleText`).
struct MarkdownWriter {
  private var text = ""

  mutating func lead(_ lead: Lead) {
    var title = "# " + lead.name
    if !lead.company.isEmpty { title += " — " + lead.company }
    if !lead.role.isEmpty { title += " (" + lead.role + ")" }
    line(title)
    line("")
    var facts = ["Stage: " + lead.stage.rawValue]
    if !lead.tags.isEmpty { facts.append("Tags: " + lead.tags.joined(separator: ", ")) }
    line(facts.joined(separator: " · "))
    line("")
  }

  mutating func meeting(_ meeting: Meeting, answers: [Answer], steps: [Commitment]) {
    let kind = meeting.kind == .prep ? "Prep" : "Debrief"
    let draft = meeting.status == .draft ? " (unfinished)" : ""
    line("## \(meeting.day) · \(kind)\(draft)")
    line("")
    if !meeting.plannedAsk.isEmpty { block("Planned ask", meeting.plannedAsk) }
    if !meeting.reply.isEmpty { block("Their reply", meeting.reply) }
    if let verdict = meeting.verdict {
      var parts = [verdict.rawValue]
      if !meeting.currencies.isEmpty {
        parts[0] += " (" + meeting.currencies.map(\.rawValue).joined(separator: ", ") + ")"
      }
      if let strength = meeting.strength { parts.append("strength \(strength)/100") }
      if let score = meeting.score { parts.append("score \(score)/100") }
      line("**Verdict:** " + parts.joined(separator: " · "))
      line("")
    }
    if meeting.factCount + meeting.complimentCount + meeting.earlyvangelistSigns > 0 {
      line(
        "**Heard:** \(meeting.factCount) facts · \(meeting.complimentCount) compliments · "
          + "\(meeting.earlyvangelistSigns) earlyvangelist signs")
      line("")
    }
    let shown = Set(["reply"])
    for answer in answers where !shown.contains(answer.questionId) || meeting.reply.isEmpty {
      block(answer.questionId, answer.value)
    }
    if !steps.isEmpty {
      line("### Next steps")
      line("")
      for step in steps { self.step(step) }
      line("")
    }
  }

  mutating func step(_ step: Commitment) {
    let box = step.status == .done ? "[x]" : "[ ]"
    var details = ["owner \(step.owner.rawValue)" + (step.person.map { " (\($0))" } ?? "")]
    if let due = step.due { details.insert("due \(due)", at: 0) }
    if let currency = step.currency { details.append(currency.rawValue) }
    if step.status != .promised && step.status != .done { details.append(step.status.rawValue) }
    let what = step.what.split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "\n  ")
    line("- \(box) \(what) — " + details.joined(separator: ", "))
  }

  mutating func heading(_ title: String) {
    line("## " + title)
    line("")
  }

  private mutating func block(_ label: String, _ value: String) {
    line("**\(label):**")
    line("")
    line(value)
    line("")
  }

  // Every line may hold the founder's text: its control characters are shown, not kept.
  private mutating func line(_ value: String) {
    text += VisibleText.of(value, layout: .block) + "\n"
  }

  /// The notes, without trailing newlines.
  var output: String {
    var result = text
    while result.hasSuffix("\n") { result.removeLast() }
    return result
  }
}
