import ArgumentParser
import Journal

/// `advance leads`: the pipeline, what to act on today first.
struct LeadsCommand: AdvanceCommand {
  static let configuration = CommandConfiguration(
    commandName: "leads",
    abstract: "The pipeline: one line per lead, what to act on today first."
  )

  @OptionGroup var global: GlobalOptions

  func run(in context: CommandContext) throws {
    let today = context.today
    let rows = try context.withJournal { journal throws(JournalError) in
      try journal.pipeline(today: today)
    }
    let console = context.console
    guard !rows.isEmpty else {
      console.line(
        "No leads yet. Run 'prep' before your next meeting, or 'debrief' right after one.")
      return
    }
    let table = TextTable(
      headers: ["LEAD", "STAGE", "KEPT", "MTGS", "ADVANCED", "NEXT STEP"],
      rows: rows.map { row in
        [
          row.lead.company.isEmpty ? row.lead.name : "\(row.lead.name) (\(row.lead.company))",
          row.lead.stage,
          row.strongestKept?.currency?.rawValue ?? "-",
          String(row.meetingCount),
          row.daysSinceAdvancement.map { $0 == 0 ? "today" : "\($0)d ago" } ?? "never",
          row.nextDue?.description ?? (row.openSteps > 0 ? "undated" : "-"),
        ]
      })
    let lines = table.lines()
    let style = console.style
    let body = zip(rows, lines.dropFirst()).map { row, line in
      row.warnings.isEmpty
        ? line
        : line + "  "
          + style.paint("! " + row.warnings.map(\.summary).joined(separator: "; "), .yellow)
    }
    let needing = rows.filter { !$0.warnings.isEmpty }.count
    console.lines(
      [style.paint(lines[0], .bold)] + body
        + ["\(rows.count) leads, \(needing) to act on."])
  }
}
