import ArgumentParser
import Calls
import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary
import Workflow

/// `advance transcript FILE [--me NAME] [--json]`: a recorded call, read by the judge.
struct TranscriptCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "transcript",
    abstract: "Read a call's transcript: talk share, your questions, the ask, the reply, steps.",
    discussion: """
      Reads WebVTT (Zoom, Meet, Teams), SRT, 'Name: …' text (with or without [00:47:33]) and \
      'Name  0:03' blocks; the format is found from the content. Say which speaker is you with \
      --me (once: the journal remembers). Nothing of the call is stored.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The transcript file.", valueName: "file"))
  var file: String

  @Option(
    name: .customLong("me"),
    help: ArgumentHelp("A speaker on your side (repeat for several).", valueName: "name"))
  var me: [String] = []

  @Option(help: ArgumentHelp("Grade the ask for first, follow-up or closing.", valueName: "stage"))
  var stage: String?

  @Option(
    name: .customLong("on"),
    help: ArgumentHelp("The day of the call, for due dates (today by default).", valueName: "day"))
  var day: String?

  @Flag(help: "Print the reading as JSON.")
  var json = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    ["--me", "--stage", "--on", "--json"]
  }

  func run(in context: CommandContext) throws {
    let stage = try Self.stage(stage)
    let day = try Self.day(day, context: context)
    let loader = CallLoader(context: context)
    let transcript = try loader.transcript(file).transcript
    let journal = try Self.existingJournal(context)
    defer { journal?.close() }
    let parties = try loader.parties(transcript, me: me, journal: journal)
    let reading = CallReader(lexicon: try context.lexicon())
      .read(transcript, parties: parties, stage: stage ?? .first, day: day)
    if json {
      context.console.line(String(decoding: try JSONLines.encoder().encode(reading), as: UTF8.self))
      return
    }
    CallPresenter(console: context.console).show(reading)
  }

  static func stage(_ text: String?) throws -> Stage? {
    guard let text else { return nil }
    guard let stage = Stage(reading: text) else {
      throw CommandFailure(
        "unknown stage '\(VisibleText.of(text))'; use first, follow-up or closing", status: 2)
    }
    return stage
  }

  static func day(_ text: String?, context: CommandContext) throws -> JournalDay {
    guard let text else { return context.today }
    guard case .success(let iso) = DateParser(context: AnswerContext(now: context.now)).parse(text),
      let due = DueDate(iso)
    else {
      throw CommandFailure("--on: expected a day like 2026-03-10 or 'yesterday'", status: 2)
    }
    return due.day
  }

  /// The journal, which remembers the founder's names; none when no place for it is known.
  static func existingJournal(_ context: CommandContext) throws -> JournalStore? {
    guard context.journalPath != nil else { return nil }
    return try context.openJournal()
  }
}
