import ArgumentParser
import Journal
import Workflow

/// `advance export [LEAD] --format md|json|csv|csv-leads|csv-commitments|ics [-o FILE]`.
struct ExportCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "export",
    abstract: "Export the journal or one lead: Markdown notes, JSON, CSV for a CRM, or a calendar.",
    discussion: """
      Formats: md (meeting notes: the plan beside what happened, notes by kind, next steps), \
      json (everything; 'advance import' reads it back), csv (one row per lead for a CRM: its \
      last meeting and next open step), csv-leads (the lead table), csv-commitments (promised \
      steps), ics (one calendar event per dated next step, with a reminder for each open one). \
      Files are written 0600: they hold your private notes.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Only this lead (a name or the start of one).", valueName: "lead"))
  var lead: [String] = []

  @Option(
    help: ArgumentHelp(
      "md, json, csv, csv-leads, csv-commitments or ics.", valueName: "format"))
  var format: String = "md"

  @Option(name: [.customShort("o"), .long], help: "Write to this file instead of the output.")
  var output: String?

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    if precedingWords.last == "--format" {
      return ExportFormat.allCases.map(\.rawValue)
    }
    return context.leadNamesForCompletion() + ["--format", "-o"]
  }

  var exportFormat: ExportFormat? { ExportFormat(rawValue: format) }

  func validate() throws {
    if exportFormat == nil {
      throw ValidationError(
        "unknown format '\(format)'; use md, json, csv, csv-leads, csv-commitments or ics")
    }
  }

  func run(in context: CommandContext) throws {
    guard let exportFormat else { return }
    let journal = try context.openJournal()
    defer { journal.close() }
    let leadID =
      try lead.isEmpty
      ? nil : context.lead(named: lead.joined(separator: " "), in: journal).id
    let text = try journal.export(exportFormat, lead: leadID)
    guard let output else {
      context.console.write(text)
      return
    }
    do {
      try PrivateFile.writeAtomically(text, to: output)
    } catch {
      throw CommandFailure("cannot write \(error)")
    }
    context.console.line("wrote \(output)")
  }
}
