import ArgumentParser
import Journal

/// `advance prep [LEAD]`: before the meeting.
struct PrepCommand: AdvanceCommand {
  static let configuration = CommandConfiguration(
    commandName: "prep",
    abstract:
      "Before a meeting: decide the commitment to ask for, plan questions, rehearse the ask.",
    discussion: """
      At any question: :back, :skip, :help, :why, :show, :quit (keeps a draft to resume).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("Who the meeting is with (asked when left out).", valueName: "lead"))
  var lead: [String] = []

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty ? context.leadNamesForCompletion() : []
  }

  func run(in context: CommandContext) throws {
    try WizardLauncher(name: "prep", kind: .prep, context: context)
      .run(leadWords: lead, checks: context.checks())
  }
}
