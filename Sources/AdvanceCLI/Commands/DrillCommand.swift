import ArgumentParser
import Foundation
import Practice

/// `advance drill`: flash cards of replies to classify; the ones missed come back sooner.
struct DrillCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "drill",
    abstract: "Flash cards: read a reply, call it commitment, hedge or rejection, see why.",
    discussion: "Cards you miss come back next session; cards you read right come back later and"
      + " later (a Leitner box per card, kept in the journal with every answer)."
  )

  @OptionGroup var global: GlobalOptions

  @Option(help: ArgumentHelp("How many cards this session.", valueName: "n"))
  var cards = 10

  func validate() throws {
    guard (1...500).contains(cards) else {
      throw ValidationError("--cards takes a number from 1 to 500")
    }
  }

  func run(in context: CommandContext) throws {
    let prompts = PracticePrompts(context: context)
    let deck = try prompts.deck()
    let reader = context.lineReader
    let saved = reader.completionProvider
    reader.completionProvider = ClosureCompletionProvider { _ in PracticeCommand.readingWords }
    defer { reader.completionProvider = saved }
    try context.withProgressStore { store in
      let state = try store.load().drill
      // Each answer is committed to the journal before its feedback is shown.
      _ = try DrillDriver.run(
        DrillSession(deck: deck, state: state, size: cards), deckSize: deck.cards.count,
        read: { PracticeCommand.readAnswer(from: reader, prompt: $0) },
        write: { context.console.line(context.console.fit($0)) }, store: store)
    }
  }
}
