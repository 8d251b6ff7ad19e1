import ArgumentParser
import Foundation
import PromptKit
import Scoring
import Workflow

/// `advance score [FILE|-]`: a scorecard of debrief notes.
struct ScoreCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "score",
    abstract: "Score debrief notes: facts versus compliments, the reply's verdict, the next step.",
    discussion: """
      Reads FILE, or standard input for '-' or no FILE. Put what they said to your ask on a line \
      starting with 'Reply:' (else the notes are read for it) and the next step on a line \
      starting with 'Next:' to have them scored as such.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("A file of notes, or - for standard input.", valueName: "file"))
  var file: String?

  @Flag(help: "Print the scorecard as JSON.")
  var json = false

  func run(in context: CommandContext) throws {
    let text = try StandardInput.text(of: file, context: context)
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw CommandFailure("no notes to score")
    }
    let parts = NotesDocument(text)
    let record = MeetingRecord(
      lexicon: try context.lexicon(), context: AnswerContext(now: context.now))
    var answers = ["notes": parts.notes]
    answers["reply"] = parts.reply
    answers["next_step"] = parts.nextStep
    answers["next_step_date"] = parts.nextStepDate
    let card = record.scorecard(answers)
    if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      context.console.line(String(decoding: try encoder.encode(card), as: UTF8.self))
      return
    }
    ScoringPresenter(console: context.console).show(card)
  }
}

/// Notes as a founder writes them, with optional `Reply:`, `Next:` and `Due:` lines.
struct NotesDocument {
  var notes: String
  var reply: String?
  var nextStep: String?
  var nextStepDate: String?

  init(_ text: String) {
    var kept: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "*" }
      if let value = Self.value(of: "reply:", in: trimmed) {
        reply = value
      } else if let value = Self.value(of: "next:", in: trimmed) {
        nextStep = value
      } else if let value = Self.value(of: "due:", in: trimmed) {
        nextStepDate = value
      } else {
        kept.append(line)
      }
    }
    notes = kept.joined(separator: "\n")
  }

  private static func value(of label: String, in line: Substring) -> String? {
    guard line.lowercased().hasPrefix(label) else { return nil }
    let value = line.dropFirst(label.count).trimmingCharacters(in: .whitespaces)
    return value.isEmpty ? nil : value
  }
}
