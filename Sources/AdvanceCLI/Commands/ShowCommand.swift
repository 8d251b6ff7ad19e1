import ArgumentParser
import Journal

/// `advance show LEAD`: one lead's history as a timeline.
struct ShowCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "show",
    abstract: "One lead's history: meetings, what was promised, what was kept."
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The lead's name, or the start of it.", valueName: "lead"))
  var lead: [String]

  @Flag(help: "Print the lead as JSON: {name, company, role, stage, meetings: [...]}.")
  var json = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty ? context.leadNamesForCompletion() : []
  }

  func run(in context: CommandContext) throws {
    let query = lead.joined(separator: " ")
    let journal = try context.openJournal()
    defer { journal.close() }
    let found = try context.lead(named: query, in: journal)
    if json {
      let story = JournalJSON.LeadStory(
        found, meetings: try journal.meetings(lead: found.id),
        steps: try journal.commitments(lead: found.id))
      context.console.line(try JournalJSON.text(story))
      return
    }
    let entries = try journal.timeline(lead: found.id)
    let console = context.console
    var title = found.name
    if !found.role.isEmpty || !found.company.isEmpty {
      title += " — " + [found.role, found.company].filter { !$0.isEmpty }.joined(separator: " at ")
    }
    console.line(
      console.style.paint(VisibleText.of(title), .bold)
        + "  (stage: \(found.stage.rawValue))")
    for entry in entries {
      var lines = Self.describe(entry.event)
      if case .meeting(let meeting, _) = entry.event,
        let call = try journal.call(meeting: meeting.id)
      {
        lines.append(Self.describe(call))
      }
      for (index, line) in lines.enumerated() {
        console.line((index == 0 ? entry.day.description : "          ") + "  " + line)
      }
    }
  }

  /// Which answers of a debrief came from a call, as kept.
  static func describe(_ call: (format: String, fromCall: [String], transcript: String?)) -> String
  {
    let kept =
      call.fromCall.isEmpty ? "none kept as proposed" : call.fromCall.joined(separator: ", ")
    return "from the call (\(call.format)): \(kept)"
      + (call.transcript == nil ? "" : "; its transcript is kept")
  }

  static func describe(_ event: TimelineEntry.Event) -> [String] {
    switch event {
    case .leadAdded:
      return ["added"]
    case .meeting(let meeting, let answers):
      var head = "\(meeting.kind.rawValue)"
      if meeting.status == .draft { head += " (unfinished)" }
      if let verdict = meeting.yourVerdict ?? meeting.verdict {
        head += ": \(verdict.rawValue)"
        if let judged = meeting.verdict, judged != verdict {
          head += " (the judge: \(judged.rawValue))"
        }
        if !meeting.currencies.isEmpty {
          head += " (" + meeting.currencies.map(\.rawValue).joined(separator: ", ") + ")"
        }
      }
      if let score = meeting.score { head += ", score \(score)/100" }
      if let advanced = meeting.advanced { head += advanced ? ", advanced" : ", did not advance" }
      var lines = [head]
      if !meeting.plannedAsk.isEmpty {
        lines.append("planned ask: " + VisibleText.of(meeting.plannedAsk, layout: .block))
      }
      if !meeting.reply.isEmpty {
        lines.append("they said: " + VisibleText.of(meeting.reply, layout: .block))
      }
      if meeting.reply.isEmpty && meeting.plannedAsk.isEmpty && !answers.isEmpty {
        lines.append("\(answers.count) answers saved")
      }
      return lines
    case .promised(let commitment):
      var line = "\(commitment.owner.rawValue): \(commitment.what)"
      if let person = commitment.person { line += " (\(person))" }
      if let currency = commitment.currency { line += " [\(currency.rawValue)]" }
      if let due = commitment.due { line += ", due \(due)" }
      return [VisibleText.of(line)]
    case .statusChanged(let commitment, let status):
      return ["\(status.rawValue): \(VisibleText.of(commitment.what))"]
    }
  }
}
