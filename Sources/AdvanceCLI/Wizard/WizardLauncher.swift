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

  /// The wizard's script: the bundled one as built in, or the founder's own file loaded and
  /// checked, printing its diagnostics; fails when it has errors.
  func loadScript(checks: CheckRegistry) throws -> Script {
    let found: (file: PromptLibrary.File, script: Script?, loaded: ScriptLoadResult?)
    do {
      guard let script = try context.promptLibrary.wizardScript(name + ".yaml", checks: checks)
      else {
        throw CommandFailure("no prompt script '\(name).yaml' is bundled or in your prompts folder")
      }
      found = script
    } catch let failure as PrivateFile.Failure {
      throw CommandFailure("cannot read \(failure)")
    }
    if let loaded = found.loaded, !loaded.diagnostics.isEmpty {
      context.console.errorText(loaded.renderedDiagnostics)
    }
    guard let script = found.script else {
      throw CommandFailure(
        "\(found.file.displayPath) has errors; fix them or remove it (advance check)")
    }
    return script
  }

  /// Runs the wizard for the lead named by `words`, or asks who the meeting is with.
  ///
  /// With `edit`, reopens the lead's last finished meeting of this kind instead of starting a
  /// new one.
  ///
  /// `call` proposes a debrief's answers from a call, once the lead is known.
  func run(
    leadWords: [String], checks: CheckRegistry, edit: Bool = false,
    call: ((Lead, JournalStore) throws -> CallProposal)? = nil
  ) throws {
    let script = try loadScript(checks: checks)
    guard let name = leadWords.isEmpty ? askLeadName() : leadWords.joined(separator: " ") else {
      throw CommandFailure("no lead given; usage: \(self.name) LEAD")
    }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      var editing: Meeting?
      let lead: Lead
      var isNew = false
      if edit {
        lead = try context.lead(named: name, in: journal)
        guard let last = try journal.lastFinishedMeeting(lead: lead.id, kind: kind) else {
          throw CommandFailure(
            "\(VisibleText.of(lead.name)) has no finished \(self.name) to edit")
        }
        editing = last
      } else {
        (lead, isNew) = try context.findOrMeetLead(name, in: journal)
      }
      let proposal = try call?(lead, journal)
      let frontEnd = TerminalWizard(
        console: context.console, reader: context.lineReader,
        evidence: proposal?.debrief.evidence ?? [:])
      let session = try WizardSession(
        script: script, checks: checks, kind: kind, lead: lead, leadIsNew: isNew, journal: journal,
        record: {
          MeetingRecord(lexicon: try context.lexicon(), context: AnswerContext(now: context.now))
        }, frontEnd: frontEnd, today: context.today, now: { context.now }, editing: editing,
        call: proposal)
      let outcome: WizardSession.Outcome
      do {
        outcome = try session.run()
      } catch let unsaved as UnsavedAnswers {
        throw TerminalWizard.failure(unsaved, kind: kind)
      }
      switch outcome {
      case .finished(let result, let scorecard):
        if let scorecard {
          ScoringPresenter(console: context.console).show(scorecard, debriefAnswers: result.answers)
        }
        context.console.line(context.console.style.paint("Saved to your journal.", .green))
      case .nothingSaved:
        context.console.line(
          isNew
            ? "Nothing was answered, so \(VisibleText.of(lead.name)) was not added."
            : "Nothing saved: no answer was given.")
        if !context.lineReader.isInteractive {
          throw CommandFailure("input ended before the \(self.name) was started")
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
