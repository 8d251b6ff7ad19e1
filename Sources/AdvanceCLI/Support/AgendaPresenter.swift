import Journal
import Vocabulary

/// How `today` and the REPL's banner say the agenda: the same facts, long or in three lines.
struct AgendaPresenter {
  let agenda: Agenda
  let style: TerminalStyle

  /// `Dana Reyes (Acme)`, made safe to print.
  static func name(_ lead: PipelineLead) -> String {
    VisibleText.of(lead.company.isEmpty ? lead.name : "\(lead.name) (\(lead.company))")
  }

  /// `10:00`, or nothing for a meeting without a time.
  static func time(_ at: DueDate) -> String {
    guard let hour = at.hour, let minute = at.minute else { return "" }
    return JournalDay.pad(hour, 2) + ":" + JournalDay.pad(minute, 2)
  }

  static func prepStatus(_ meeting: ScheduledMeeting) -> String {
    meeting.isDebriefed ? "debriefed" : "prepped"
  }

  static func reason(_ quiet: QuietLead) -> String {
    switch quiet.reason {
    case .quiet(let days):
      return "\(days) days without a meeting or a kept promise"
    case .noDatedStep(let within):
      return "no step dated in the next \(within) days"
    }
  }

  static func dueWords(_ followup: Followup) -> String {
    switch followup.daysOverdue {
    case nil: return "due today"
    case 1?: return "1 day overdue"
    case let days?: return "\(days) days overdue"
    }
  }

  /// The whole agenda, for `today`.
  func lines() -> [String] {
    let today = agenda.today
    var lines = [style.paint("Today, \(today.label())", .bold)]
    guard !agenda.isEmpty else {
      lines.append("  Nothing booked, nothing due, nobody gone quiet.")
      return lines
    }
    let meetings =
      agenda.meetingsToday.map { ("today", $0) } + agenda.meetingsTomorrow.map { ("tomorrow", $0) }
    if !meetings.isEmpty {
      lines.append("Meetings")
      for (day, meeting) in meetings {
        let when = [day, Self.time(meeting.at)].filter { !$0.isEmpty }.joined(separator: " ")
        lines.append("  \(when): \(Self.name(meeting.lead)), \(Self.prepStatus(meeting))")
      }
    }
    if !agenda.missedDebriefs.isEmpty {
      lines.append("Debriefs to write (the meeting passed)")
      for meeting in agenda.missedDebriefs {
        lines.append(
          "  \(meeting.at.label(thisYear: today.year)): \(Self.name(meeting.lead))"
            + " — debrief \(VisibleText.of(ShellQuoting.quoted(meeting.lead.name)))")
      }
    }
    for (owner, title) in [(Party.us, "Yours to do"), (.them, "Theirs, to chase")] {
      let steps = agenda.dueSteps.filter { $0.commitment.owner == owner }
      guard !steps.isEmpty else { continue }
      lines.append(title)
      for step in steps {
        let words = Self.dueWords(step)
        let painted = step.daysOverdue == nil ? words : style.paint(words, .yellow)
        let lead = VisibleText.of(
          step.leadCompany.isEmpty ? step.leadName : "\(step.leadName) (\(step.leadCompany))")
        lines.append("  \(painted): \(lead): \(VisibleText.of(step.commitment.what))")
      }
    }
    if !agenda.quiet.isEmpty {
      lines.append("Gone quiet")
      for quiet in agenda.quiet {
        lines.append(
          "  \(Self.name(quiet.lead)), \(quiet.lead.stage.rawValue): \(Self.reason(quiet))")
      }
    }
    return lines
  }

  /// One to three short lines for the REPL's start, none when there is nothing to say.
  ///
  /// - Parameter width: The terminal's columns; longer lines end in `…`.
  /// - Returns: The lines.
  func banner(width: Int) -> [String] {
    var lines: [String] = []
    var meetings: [String] = []
    for (day, list) in [("Today", agenda.meetingsToday), ("Tomorrow", agenda.meetingsTomorrow)]
    where !list.isEmpty {
      let each = list.map { meeting in
        [VisibleText.of(meeting.lead.name), Self.time(meeting.at), "(\(Self.prepStatus(meeting)))"]
          .filter { !$0.isEmpty }.joined(separator: " ")
      }
      meetings.append("\(day): " + each.joined(separator: ", "))
    }
    if !meetings.isEmpty { lines.append(meetings.joined(separator: ". ")) }
    var todo: [String] = []
    if !agenda.missedDebriefs.isEmpty {
      let names = agenda.missedDebriefs.map { VisibleText.of($0.lead.name) }
      todo.append("debrief " + Wording.alternatives(names, joiner: "and"))
    }
    var due: [String] = []
    for (owner, whose) in [(Party.us, "yours"), (.them, "theirs")] {
      let steps = agenda.dueSteps.filter { $0.commitment.owner == owner }
      guard !steps.isEmpty else { continue }
      let overdue = steps.count { $0.daysOverdue != nil }
      due.append("\(steps.count) of \(whose)" + (overdue > 0 ? " (\(overdue) overdue)" : ""))
    }
    if !due.isEmpty { todo.append("due: " + due.joined(separator: ", ")) }
    if !todo.isEmpty { lines.append("To do: " + todo.joined(separator: "; ")) }
    if !agenda.quiet.isEmpty {
      let each = agenda.quiet.map { quiet in
        switch quiet.reason {
        case .quiet(let days): return VisibleText.of(quiet.lead.name) + " (\(days) days)"
        case .noDatedStep: return VisibleText.of(quiet.lead.name) + " (no dated step)"
        }
      }
      lines.append("Gone quiet: " + each.joined(separator: ", "))
    }
    return lines.map { Self.shortened($0, to: max(20, width - 1)) }
  }

  static func shortened(_ line: String, to width: Int) -> String {
    line.count <= width ? line : String(line.prefix(width - 1)) + "…"
  }
}
