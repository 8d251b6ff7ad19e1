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
          VisibleText.of(
            row.lead.company.isEmpty ? row.lead.name : "\(row.lead.name) (\(row.lead.company))"),
          row.lead.stage.rawValue,
          row.strongestKept?.currency?.rawValue ?? "-",
          String(row.meetingCount),
          row.daysSinceAdvancement.map { $0 == 0 ? "today" : "\($0)d ago" } ?? "never",
          row.nextDue?.description ?? (row.openSteps > 0 ? "undated" : "-"),
        ]
      })
    let style = console.style
    // Few leads differ in their mix of warnings: each mix is spelled out once.
    var spelled: [[PipelineWarning]: String] = [:]
    let text = table.text(
      header: { style.paint($0, .bold) },
      suffix: { index in
        let warnings = rows[index].warnings
        guard !warnings.isEmpty else { return nil }
        if let known = spelled[warnings] { return known }
        let words = style.paint("! " + warnings.map(\.summary).joined(separator: "; "), .yellow)
        spelled[warnings] = words
        return words
      })
    let needing = rows.filter { !$0.warnings.isEmpty }.count
    let count = rows.count == 1 ? "1 lead" : "\(rows.count) leads"
    console.write(text + "\(count), \(needing) to act on.\n")
  }
}
