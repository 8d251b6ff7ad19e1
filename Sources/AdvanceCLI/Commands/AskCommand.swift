import ArgumentParser
import Foundation
import Scoring
import Vocabulary

/// `advance ask [TEXT] --stage STAGE`: grades an ask for the stage the founder is at.
struct AskCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "ask",
    abstract: "Grade an ask for its stage: A to F, what it lacks, and a better wording.",
    discussion: """
      With no TEXT, or '-', reads the ask from standard input. --jsonl reads one ask a line and \
      prints one JSON object a line, for batches. The same grader serves prep and practice.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The ask, in your own words.", valueName: "text"))
  var text: [String] = []

  @Option(
    help: ArgumentHelp(
      "Where you are with them: first, follow-up or closing.", valueName: "stage"))
  var stage: Stage

  @Flag(help: "Print one JSON object.")
  var json = false

  @Flag(help: "Read one ask a line from standard input; print one JSON object a line.")
  var jsonl = false

  func run(in context: CommandContext) throws {
    let grader = AskGrader(lexicon: try context.lexicon())
    if jsonl {
      try JSONLines.run(context: context) { grader.grade($0, stage: stage) }
      return
    }
    let encoder = JSONLines.encoder()
    let words = text == ["-"] ? [] : text
    let ask =
      words.isEmpty ? try StandardInput.readAll(context: context) : words.joined(separator: " ")
    guard !ask.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CommandFailure("no ask to grade; usage: ask \"your ask\" --stage first")
    }
    let grade = grader.grade(ask, stage: stage)
    if json {
      encoder.outputFormatting.insert(.prettyPrinted)
      context.console.line(String(decoding: try encoder.encode(grade), as: UTF8.self))
      return
    }
    ScoringPresenter(console: context.console).show(grade)
  }
}

extension Stage: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(reading: argument)
  }

  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
