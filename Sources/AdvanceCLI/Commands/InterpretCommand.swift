import ArgumentParser
import Foundation
import Scoring

/// `advance interpret [TEXT]`: reads whether a reply was a commitment, a hedge or a no.
struct InterpretCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "interpret",
    abstract: "Read a prospect's reply: commitment, hedge or rejection, with the reasons.",
    discussion: """
      With no TEXT, reads the reply from standard input. --jsonl reads one reply a line and \
      prints one JSON object a line, for batches.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("What they said.", valueName: "text"))
  var text: [String] = []

  @Flag(help: "Print one JSON object.")
  var json = false

  @Flag(help: "Read one reply a line from standard input; print one JSON object a line.")
  var jsonl = false

  func run(in context: CommandContext) throws {
    let interpreter = Interpreter(lexicon: try context.lexicon())
    if jsonl {
      try JSONLines.run(context: context) { interpreter.interpret($0) }
      return
    }
    let encoder = JSONLines.encoder()
    let reply =
      text.isEmpty ? try StandardInput.readAll(context: context) : text.joined(separator: " ")
    guard !reply.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CommandFailure("no reply to read; usage: interpret \"what they said\"")
    }
    let reading = interpreter.interpret(reply)
    if json {
      encoder.outputFormatting.insert(.prettyPrinted)
      context.console.line(String(decoding: try encoder.encode(reading), as: UTF8.self))
      return
    }
    ScoringPresenter(console: context.console).show(reading)
  }
}
