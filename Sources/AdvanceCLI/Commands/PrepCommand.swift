import ArgumentParser
import Journal
import PromptKit
import Workflow

/// `advance prep [LEAD] [--answers FILE]`: before the meeting.
struct PrepCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "prep",
    abstract:
      "Before a meeting: decide the commitment to ask for, plan questions, rehearse the ask.",
    discussion: """
      At any question: :back, :skip, :help, :why, :show, :quit (keeps a draft to resume). \
      With --answers FILE (a YAML map from question id to answer: lead, stage, currency, ask, \
      questions, rehearsed, yes_sounds, hedge_sounds, …) it runs without a terminal, prints the \
      plan and the grade of the ask, and keeps the plan in the journal.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Who the meeting is with (asked when left out).", valueName: "lead"))
  var lead: [String] = []

  @Option(help: ArgumentHelp("Answers by question id, in a YAML file.", valueName: "file"))
  var answers: String?

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty ? context.leadNamesForCompletion() + ["--answers"] : []
  }

  func run(in context: CommandContext) throws {
    let launcher = WizardLauncher(name: "prep", kind: .prep, context: context)
    guard let answers else {
      try launcher.run(leadWords: lead, checks: context.checks())
      return
    }
    let finished = try UnattendedWizard(launcher: launcher, context: context)
      .run(answersPath: answers, leadWords: lead)
    if let grade = finished.feedback["ask"] {
      context.console.line()
      context.console.line("Your ask:")
      _ = WizardPresenter(console: context.console, reader: context.lineReader)
        .present([.feedback(questionID: "ask", grade)])
    }
    try record(finished.result, context: context)
  }

  /// Saves an unattended prep as the terminal wizard does: a finished `prep` meeting with every
  /// answer, whose planned ask is the `ask` answer (what `show` and the exports list).
  private func record(_ result: WizardResult, context: CommandContext) throws {
    guard let name = result.answers["lead"] ?? (lead.isEmpty ? nil : lead.joined(separator: " "))
    else {
      throw CommandFailure("no lead: name one (prep LEAD --answers FILE) or answer 'lead'")
    }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      let lead = try context.findOrAddLead(name, in: journal)
      let meeting = try journal.addMeeting(
        Meeting(leadId: lead.id, kind: .prep, day: context.today))
      for (id, value) in result.answers.sorted(by: { $0.key < $1.key }) {
        try journal.recordAnswer(meeting: meeting.id, question: id, value: value)
      }
      try journal.saveRecord(MeetingRecord.finished(meeting, answers: result.answers), steps: [])
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    }
  }
}
