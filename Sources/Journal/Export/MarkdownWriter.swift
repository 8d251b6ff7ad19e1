import Foundation
import Vocabulary

/// Meeting notes as Markdown, the way a founder would keep them: a heading per lead, a section
/// per prep or debrief with its day, questions named by their text (``AnswerLabel``), and the
/// next steps as a checklist.
///
/// The founder's text is written as typed (it is their own notes, often Markdown already), but
/// for control characters, which are shown (`VisibleText`), and CR LF, which becomes LF.
struct MarkdownWriter {
  /// The notes so far.
  private(set) var text = ""

  /// The heading of a lead: the person, company and role, then the stage and tags.
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

  /// A prep: the plan, each answer under its label, in the order the script asks them.
  mutating func prep(_ meeting: Meeting, answers: [Answer], steps: [Commitment]) {
    title(meeting)
    var values = Self.values(answers)
    if values["ask"] == nil, !meeting.plannedAsk.isEmpty { values["ask"] = meeting.plannedAsk }
    let shown = values.filter { $0.key != "lead" && !$0.value.allSatisfy(\.isWhitespace) }
    if shown.isEmpty {
      line("Nothing written yet.")
      line("")
    } else {
      items(shown, answers: answers)
      line("")
    }
    nextSteps(steps)
  }

  /// The next steps of a meeting as a checklist.
  mutating func nextSteps(_ steps: [Commitment]) {
    guard !steps.isEmpty else { return }
    line("**Next steps**")
    line("")
    for step in steps { self.step(step) }
    line("")
  }

  /// One step as a checklist item: what, then the owner (and the person), due date and status.
  mutating func step(_ step: Commitment) {
    let box = step.status == .done ? "[x]" : "[ ]"
    var details = ["owner \(step.owner.rawValue)" + (step.person.map { " (\($0))" } ?? "")]
    if let due = step.due { details.append("due " + Self.when(due)) }
    if let currency = step.currency { details.append("costs them \(currency.rawValue)") }
    details.append(step.status.rawValue)
    let what = Self.lines(of: step.what).joined(separator: "\n  ")
    line("- \(box) \(what) — " + details.joined(separator: ", "))
  }

  /// A second-level heading.
  mutating func heading(_ title: String) {
    line("## " + title)
    line("")
  }

  /// The `##` heading of a meeting: its day with the weekday, and its kind.
  mutating func title(_ meeting: Meeting) {
    let kind = meeting.kind == .prep ? "Prep" : "Debrief"
    let draft = meeting.status == .draft ? " (unfinished)" : ""
    heading("\(Self.day(meeting.day)) · \(kind)\(draft)")
  }

  /// Answers as labelled list items, in the scripts' order, then by when they were answered.
  mutating func items(_ values: [String: String], answers: [Answer]) {
    let answered = Dictionary(answers.map { ($0.questionId, $0.answeredAt) }) { _, last in last }
    let ids = values.keys.sorted { lhs, rhs in
      let left = (AnswerLabel.position(lhs), answered[lhs]?.timeIntervalSince1970 ?? 0)
      let right = (AnswerLabel.position(rhs), answered[rhs]?.timeIntervalSince1970 ?? 0)
      return left != right ? left < right : lhs < rhs
    }
    for id in ids {
      guard let value = values[id] else { continue }
      if id == "questions" {
        list(AnswerLabel.of(id), value)
      } else {
        item(AnswerLabel.of(id), value)
      }
    }
  }

  /// `- **Label:** value`, a value of several lines continued under it; nothing for an empty
  /// value.
  mutating func item(_ label: String, _ value: String) {
    let lines = Self.lines(of: value)
    guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return }
    line("- **\(label):** " + lines[0])
    for rest in lines.dropFirst() { line(rest.isEmpty ? "" : "  " + rest) }
  }

  /// `- **Label:**` with each line of the value as an item under it.
  mutating func list(_ label: String, _ value: String) {
    let entries = Self.lines(of: value).compactMap(NoteLine.entry)
    guard !entries.isEmpty else { return }
    line("- **\(label):**")
    for entry in entries { line("  - " + entry) }
  }

  // Every line may hold the founder's text: its control characters are shown, not kept.
  mutating func line(_ value: String) {
    text += VisibleText.of(value, layout: .block) + "\n"
  }

  /// The notes, without trailing newlines.
  var output: String {
    var result = text
    while result.hasSuffix("\n") { result.removeLast() }
    return result
  }

  /// The answers by question id.
  static func values(_ answers: [Answer]) -> [String: String] {
    Dictionary(answers.map { ($0.questionId, $0.value) }) { _, last in last }
  }

  /// A day as people say it, always with the year: "Mon 2 Nov 2026".
  static func day(_ day: JournalDay) -> String { day.label() + " \(day.year)" }

  /// A due date as people say it: "Mon 14 Dec 2026", or "Thu 3 Dec 2026 10:00".
  static func when(_ due: DueDate) -> String {
    guard let hour = due.hour, let minute = due.minute else { return day(due.day) }
    return day(due.day) + " " + JournalDay.pad(hour, 2) + ":" + JournalDay.pad(minute, 2)
  }

  /// The lines of a value without trailing blank lines: CR LF and LF end a line; a lone CR
  /// stays, to be shown.
  static func lines(of value: String) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    var scalars = value.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if scalar == "\r", pending == "\n" { continue }
      if scalar == "\n" {
        lines.append(String(current))
        current = String.UnicodeScalarView()
      } else {
        current.append(scalar)
      }
    }
    lines.append(String(current))
    while lines.count > 1, lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
    return lines
  }
}
