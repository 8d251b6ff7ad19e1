import Foundation
import Journal
import PromptKit
import Scoring
import Workflow

/// Starts `prep` or `debrief`: loads the script in use, finds or adds the lead, and runs the
/// session; the two commands differ only in their script and meeting kind.
struct WizardLauncher {
  let name: String
  let kind: Meeting.Kind
  let context: CommandContext

  /// Loads the wizard's script, printing its diagnostics; fails when it has errors.
  func loadScript(checks: CheckRegistry) throws -> Script {
    let library = context.promptLibrary
    let file: PromptLibrary.File
    do {
      guard let found = try library.file(name + ".yaml") else {
        throw CommandFailure("no prompt script '\(name).yaml' is bundled or in your prompts folder")
      }
      file = found
    } catch let failure as PrivateFile.Failure {
      throw CommandFailure("cannot read \(failure)")
    }
    let result = ScriptLoader(knownChecks: checks.names).load(
      data: Data(file.text.utf8), path: file.displayPath)
    if !result.diagnostics.isEmpty {
      context.console.errorText(result.renderedDiagnostics)
    }
    guard let script = result.script, !result.hasErrors else {
      throw CommandFailure("\(file.displayPath) has errors; fix them or remove it (advance check)")
    }
    return script
  }

  /// Runs the wizard for the lead named by `words`, or asks who the meeting is with.
  ///
  /// With `edit`, reopens the lead's last finished meeting of this kind instead of starting a
  /// new one.
  func run(leadWords: [String], checks: CheckRegistry, edit: Bool = false) throws {
    let script = try loadScript(checks: checks)
    guard let name = leadWords.isEmpty ? askLeadName() : leadWords.joined(separator: " ") else {
      throw CommandFailure("no lead given; usage: \(self.name) LEAD")
    }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      var editing: Meeting?
      var existed = edit
      let lead: Lead
      if edit {
        lead = try context.lead(named: name, in: journal)
        guard
          let last = try journal.meetings(lead: lead.id).last(where: {
            $0.kind == kind && $0.status == .done
          })
        else {
          throw CommandFailure(
            "\(VisibleText.of(lead.name)) has no finished \(self.name) to edit")
        }
        editing = last
      } else {
        if case .found = try journal.findLead(name) {
          existed = true
        }
        lead = try context.findOrAddLead(name, in: journal)
      }
      let session = try WizardSession(
        script: script, checks: checks, kind: kind, lead: lead, journal: journal,
        record: {
          MeetingRecord(lexicon: try context.lexicon(), context: AnswerContext(now: context.now))
        }, context: context, editing: editing)
      switch try session.run() {
      case .finished(let result, let scorecard):
        if let scorecard {
          ScoringPresenter(console: context.console).show(scorecard, debriefAnswers: result.answers)
        }
        context.console.line(context.console.style.paint("Saved to your journal.", .green))
      case .savedDraft where !existed && !session.founderAnswered:
        // Ended (Ctrl-D, the end of a script) before a single answer: no lead is made of it.
        try journal.deleteDraft(wizard: script.name, lead: lead.id)
        _ = try journal.deleteLead(lead.id)
        context.console.line("Nothing was answered, so \(VisibleText.of(lead.name)) was not added.")
        if !context.lineReader.isInteractive {
          throw CommandFailure("input ended before the \(self.name) was finished")
        }
      case .savedDraft:
        context.console.line(
          "Saved as a draft: '\(self.name) \(VisibleText.of(lead.name))' picks up where you left off."
        )
        if !context.lineReader.isInteractive {
          throw CommandFailure("input ended before the \(self.name) was finished")
        }
      }
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    }
  }

  private func askLeadName() -> String? {
    let reader = context.lineReader
    reader.completionProvider = ClosureCompletionProvider { [context] words in
      words.isEmpty ? context.leadNamesForCompletion() : []
    }
    defer { reader.completionProvider = nil }
    context.console.line("Who is the meeting with? (a name; Tab completes people you have met)")
    while true {
      switch reader.readLine(prompt: "› ", kind: .answer) {
      case .line(let line):
        let name = line.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty { return name }
      case .interrupted:
        continue
      case .endOfInput:
        return nil
      }
    }
  }

}
