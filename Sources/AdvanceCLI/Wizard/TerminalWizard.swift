import Foundation
import Journal
import PromptKit
import Workflow

/// A wizard session's front end at the terminal: the presenters show its events and read the
/// founder's answers through the context's console and line reader.
final class TerminalWizard: WizardFrontEnd {
  private let console: Console
  private let reader: any LineReader
  private let presenter: WizardPresenter

  /// `evidence`: where in a call each proposed answer was heard, by question id.
  init(console: Console, reader: any LineReader, evidence: [String: String] = [:]) {
    self.console = console
    self.reader = reader
    presenter = WizardPresenter(console: console, reader: reader)
    presenter.evidence = evidence
  }

  func resumeDraft(wizard: String, lead: Lead, answers: Int) -> Bool {
    console.line(
      "You have an unfinished \(wizard) for \(VisibleText.of(lead.name)) (\(answers) answers)."
        + " Resume it? [Y/n]")
    return askToResume()
  }

  /// Reads the answer to "Resume it? [Y/n]": true to resume.
  ///
  /// y, yes or Return resume, n or no start afresh, and anything else is asked again (an answer
  /// typed too early must not throw the draft away). The end of input resumes, as Return does.
  private func askToResume() -> Bool {
    while true {
      switch reader.readLine(prompt: "› ", kind: .answer) {
      case .line(let line):
        if let answer = Self.resumeAnswer(line) { return answer }
        console.line("Type y to resume or n to start afresh (Return resumes).")
      case .interrupted:
        continue
      case .endOfInput:
        return true
      }
    }
  }

  /// true for y, yes and an empty line, false for n and no (any case), nil for anything else.
  static func resumeAnswer(_ line: String) -> Bool? {
    switch line.trimmingCharacters(in: .whitespaces).lowercased() {
    case "", "y", "yes": return true
    case "n", "no": return false
    default: return nil
    }
  }

  func showPlan(_ plan: PrepPlan) {
    PlanPresenter(console: console, plan: plan).showPlan()
  }

  func showExpectations(of plan: PrepPlan, reply: String) {
    PlanPresenter(console: console, plan: plan).showExpectations(reply: reply)
  }

  func present(_ events: [WizardEvent]) -> Prompt? {
    presenter.present(events)
  }

  func read(_ prompt: Prompt, partialNotes: [String], onNotesLine: ([String]) -> Void) -> String? {
    presenter.read(prompt, partialNotes: partialNotes, onNotesLine: onNotesLine)
  }

  func confirm(_ answers: [String: String], record: MeetingRecord) -> [String: String] {
    RecordConfirmation(console: console, reader: reader).confirm(answers, record: record)
  }

  func journalRefused(_ error: JournalError) {
    console.error(
      "\(error.description); your answers are kept here and saved as soon as the journal"
        + " takes them")
  }

  func journalCaughtUp() {
    console.line("Saved: the journal has taken every answer so far.")
  }

  /// The one line that ends the command when the journal never took the answers of `wizard`
  /// (a debrief's rescue file can be given back to `debrief --answers`).
  static func failure(_ unsaved: UnsavedAnswers, kind: Meeting.Kind) -> CommandFailure {
    switch unsaved {
    case .lost(let error, let reason):
      return CommandFailure(
        "\(error.description); the rescue file failed too: \(reason)", status: 3)
    case .rescued(let error, let path):
      let retry =
        kind == .debrief
        ? "run 'advance debrief --answers \(path)'" : "retype them from it"
      return CommandFailure(
        "\(error.description); your answers are in \(path) (only you can read it):"
          + " once the journal can take them, \(retry)",
        status: 3)
    }
  }
}
