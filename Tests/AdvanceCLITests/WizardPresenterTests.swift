import Foundation
import PromptKit
import Testing

@testable import AdvanceCLI

/// How the presenter shows a date read back and a past date questioned.
struct WizardPresenterTests {
  private let script = """
    title: Dates
    steps:
      - id: one
        title: One
        questions:
          - id: due
            ask: When is it due?
            type: date
          - id: note
            ask: Anything else?
            required: false
    """

  /// Tuesday 2026-12-01 10:00 UTC.
  private var context: AnswerContext {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return AnswerContext(now: Date(timeIntervalSince1970: 1_796_119_200), calendar: calendar)
  }

  @Test func aDateIsEchoedUnderTheAnswerWithAnArrow() throws {
    let loaded = ScriptLoader().load(data: Data(script.utf8), path: "dates.yaml")
    var engine = WizardEngine(script: try #require(loaded.script), context: context)
    let output = BufferSink()
    let console = Console(style: TerminalStyle(isEnabled: false), output: output, errors: output)
    let presenter = WizardPresenter(console: console, reader: PipeLineReader { nil })
    _ = presenter.present(engine.start())
    _ = presenter.present(engine.send("Nov 30"))
    #expect(
      output.text.contains(
        "  ! Mon 30 Nov is already past: type it again to keep it, or give another date\n"))
    _ = presenter.present(engine.send("next friday"))
    #expect(output.text.contains("  → Fri 11 Dec, next week\n"))
    #expect(!output.text.contains("✓"))
  }

  @Test func aPasteOfSeveralLinesIsNotesLineByLineAndOneLineOtherwise() throws {
    let notes = """
      title: Notes
      steps:
        - id: one
          title: One
          questions:
            - id: who
              ask: Who?
            - id: notes
              ask: Notes?
              type: notes
      """
    let loaded = ScriptLoader().load(data: Data(notes.utf8), path: "notes.yaml")
    var engine = WizardEngine(script: try #require(loaded.script), context: context)
    let output = BufferSink()
    let console = Console(style: TerminalStyle(isEnabled: false), output: output, errors: output)
    // What the line editor returns for a bracketed paste and Return: one line with breaks.
    var lines = ["Dana\nfrom Acme", "they pay monthly\nthey hate the export", "."]
    let presenter = WizardPresenter(
      console: console, reader: PipeLineReader { lines.isEmpty ? nil : lines.removeFirst() })
    let first = try #require(presenter.present(engine.start()))
    #expect(presenter.read(first) == "Dana from Acme")
    let second = try #require(presenter.present(engine.send("Dana from Acme")))
    var saved: [[String]] = []
    let answer = presenter.read(second) { saved.append($0) }
    #expect(answer == "they pay monthly\nthey hate the export")
    #expect(saved == [["they pay monthly", "they hate the export"]])
  }

  @Test func helpListsTheWizardCommandsAfterTheQuestionsHelp() {
    let output = BufferSink()
    let console = Console(style: TerminalStyle(isEnabled: false), output: output, errors: output)
    let presenter = WizardPresenter(console: console, reader: PipeLineReader { nil })
    _ = presenter.present([.help("A name is enough.")])
    #expect(output.text.hasPrefix("A name is enough.\nInstead of an answer you can type :back"))
    for command in [":back", ":skip", ":why", ":show", ":quit"] {
      #expect(output.text.contains(command), "\(command)")
    }
  }
}
