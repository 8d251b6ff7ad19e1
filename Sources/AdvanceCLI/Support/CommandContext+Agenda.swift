import Diagnostics
import Foundation
import Journal
import PromptKit
import Workflow

extension CommandContext {
  /// The thresholds of `today`: those of `config.yaml` (``AgendaConfig``), the defaults where
  /// it says nothing or when there is no such file.
  ///
  /// - Parameter printing: Whether to print the file's diagnostics (the banner says one line
  ///   instead).
  /// - Returns: the rules.
  /// - Throws: `CommandFailure` when the file cannot be read or has errors.
  func agendaRules(printing: Bool = true) throws(CommandFailure) -> AgendaRules {
    guard let path = AgendaConfig.path(environment: environment) else { return AgendaRules() }
    let text: String?
    do {
      text = try PrivateFile.readText(path, limit: PromptLibrary.maximumFileSize)
    } catch {
      throw CommandFailure("cannot read \(error)")
    }
    guard let text else { return AgendaRules() }
    let (rules, diagnostics) = AgendaConfig.load(text, path: path)
    if printing, !diagnostics.isEmpty {
      console.errorText(DiagnosticRenderer(sources: [path: text]).render(diagnostics))
    }
    if diagnostics.contains(where: { $0.severity == .error }) {
      throw CommandFailure("\(path) has errors (above); fix them or remove the file")
    }
    return rules
  }

  /// Today's agenda from the journal, by the founder's thresholds.
  func agenda(rules: AgendaRules) throws(CommandFailure) -> Agenda {
    let today = self.today
    return try withJournal { journal throws(JournalError) in
      try journal.agenda(today: today, rules: rules)
    }
  }
}
