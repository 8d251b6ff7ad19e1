import ArgumentParser
import Foundation
import Scoring

/// `advance questions [FILE|-]`: checks that learning questions ask about real behaviour.
struct QuestionsCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "questions",
    abstract: "Check planned questions: past behaviour is good; hypotheticals and pitches flagged.",
    discussion: "One question a line (bullets are fine), from FILE or standard input."
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("A file of questions, or - for standard input.", valueName: "file"))
  var file: String?

  @Flag(help: "Print the checks as JSON.")
  var json = false

  func run(in context: CommandContext) throws {
    let text = try StandardInput.text(of: file, context: context)
    let checks = QuestionChecker(lexicon: try context.lexicon()).check(text)
    guard !checks.isEmpty else {
      throw CommandFailure("no questions to check; one a line")
    }
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      context.console.line(String(decoding: try encoder.encode(checks), as: UTF8.self))
      return
    }
    ScoringPresenter(console: context.console).show(checks)
  }
}
