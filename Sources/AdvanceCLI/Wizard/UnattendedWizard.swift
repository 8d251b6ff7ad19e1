import Diagnostics
import Journal
import PromptKit
import Workflow

/// Runs `prep` or `debrief` from an answers file, with no terminal (``AnswersFileRun``): prints
/// the diagnostics and then the summary.
///
/// The answers' lines are never echoed, in diagnostics or otherwise: they may be private notes.
/// What happens next (a scorecard, the grade of the ask, the journal) is the command's.
struct UnattendedWizard {
  /// The wizard's name and the way to its script.
  let launcher: WizardLauncher
  let context: CommandContext

  /// Runs the wizard from the answers at `answersPath` and prints its summary.
  ///
  /// - Parameters:
  ///   - answersPath: The answers file, as the founder named it.
  ///   - leadWords: The lead named on the command line, which answers `lead`; empty to take it
  ///     from the file.
  ///   - adapting: Turns answers written for an earlier version of the script into what it asks
  ///     now.
  ///   - plan: The prep the run follows, from the lead's name.
  /// - Returns: The finished run.
  /// - Throws: `CommandFailure` when the script or the answers file cannot be used, or the
  ///   answers do not take the wizard to its end.
  func run(
    answersPath: String, leadWords: [String],
    adapting: (AnswersFile) -> AnswersFile = { $0 },
    plan: (String?) throws -> PrepPlan? = { _ in nil }
  ) throws -> AnswersFileRun.Finished {
    let checks = try context.checks()
    let script = try launcher.loadScript(checks: checks)
    let finished: AnswersFileRun.Finished
    do {
      finished = try AnswersFileRun(script: script, checks: checks, now: context.now).run(
        answersPath: answersPath,
        lead: leadWords.isEmpty ? nil : leadWords.joined(separator: " "), adapting: adapting,
        plan: plan
      ) { diagnostics in
        context.console.errorText(DiagnosticRenderer().render(diagnostics))
      }
    } catch AnswersFileRun.Failure.unusableAnswers(let diagnostics) {
      // One problem (as with a file that is not YAML at all) is the whole message; several are
      // listed, then summed up.
      if let only = diagnostics.first, diagnostics.count == 1, only.notes.isEmpty {
        throw CommandFailure("\(only.location?.description ?? answersPath): \(only.message)")
      }
      context.console.errorText(DiagnosticRenderer().render(diagnostics))
      throw CommandFailure("\(answersPath): cannot use these answers")
    } catch AnswersFileRun.Failure.incomplete {
      throw CommandFailure("\(answersPath): the \(launcher.name) could not be completed")
    }
    let result = finished.result
    let shown = result.shown.map { "\($0.question) \($0.answer)" }.joined(separator: "\n")
    context.console.line(
      WizardPresenter.trimmed(VisibleText.of(result.summary ?? shown, layout: .block)))
    return finished
  }
}
