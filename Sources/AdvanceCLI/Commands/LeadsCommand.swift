import ArgumentParser
import Journal

/// `advance leads`: the pipeline, what to act on today first.
struct LeadsCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "leads",
    abstract: "The pipeline: one line per lead, what to act on today first.",
    discussion: """
      Won, lost and parked leads come last, without warnings: they are off the to-act list. \
      'lead NAME --stage won' moves one there.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print the pipeline as JSON: [{name, stage, advanced, next_step, …}].")
  var json = false

  /// The next step as the table shows it: when, who, and the start of what.
  static func nextStep(_ row: PipelineRow) -> String {
    guard let step = row.nextStep else { return "-" }
    let what = VisibleText.of(step.what)
    // Counting bytes first: most steps are short, and counting characters walks the text.
    let short = what.utf8.count > 26 && what.count > 26 ? what.prefix(25) + "…" : Substring(what)
    return (step.due.map { $0.label() } ?? "undated") + " · \(step.owner.rawValue): " + short
  }

  func run(in context: CommandContext) throws {
    let today = context.today
    let rows = try context.withJournal { journal throws(JournalError) in
      try journal.pipeline(today: today)
    }
    let console = context.console
    if json {
      console.line(try JournalJSON.text(rows.map(JournalJSON.PipelineLine.init)))
      return
    }
    guard !rows.isEmpty else {
      console.line(
        console.fit(
          "No leads yet. Run 'prep' before your next meeting, or 'debrief' right after one."))
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
          Self.nextStep(row),
        ]
      },
      flexible: [0, 5], width: console.width.map { $0 - 1 })
    let style = console.style
    // Few leads differ in their mix of warnings: each mix is spelled out once.
    var spelled: [[PipelineWarning]: String] = [:]
    var text = table.utf8(
      header: { style.paint($0, .bold) },
      suffix: { index in
        let warnings = rows[index].actionableWarnings
        guard !warnings.isEmpty else { return nil }
        if let known = spelled[warnings] { return known }
        let words = style.paint("! " + warnings.map(\.summary).joined(separator: "; "), .yellow)
        spelled[warnings] = words
        return words
      })
    let needing = rows.filter { !$0.actionableWarnings.isEmpty }.count
    let count = rows.count == 1 ? "1 lead" : "\(rows.count) leads"
    text.append(contentsOf: "\(count), \(needing) to act on.\n".utf8)
    console.write(utf8: text)
  }
}
