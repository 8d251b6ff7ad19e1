import Diagnostics
import Journal
import PromptKit
import Workflow

/// Runs `prep` or `debrief` from an answers file, with no terminal: loads and checks the file,
/// runs the script in use with it, prints the diagnostics and then the summary.
///
/// The answers' lines are never echoed, in diagnostics or otherwise: they may be private notes.
/// What happens next (a scorecard, the grade of the ask, the journal) is the command's.
struct UnattendedWizard {
  /// A run that reached the end of the script.
  struct Finished {
    /// The answers, as stored, and the rendered summary.
    var result: WizardResult
    /// The feedback each answer got, by question id, as the terminal shows it under the answer.
    var feedback: [String: CheckFeedback]
    /// The prep the run followed, if any.
    var plan: PrepPlan?
  }

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
  ///   - plan: The prep the run follows, from the lead's name (a debrief's `given:` values and
  ///     the planned ask as the default of `planned`).
  /// - Returns: The finished run.
  /// - Throws: `CommandFailure` when the script or the answers file cannot be used, or the
  ///   answers do not take the wizard to its end.
  func run(
    answersPath: String, leadWords: [String],
    adapting: (AnswersFile) -> AnswersFile = { $0 },
    plan: (String?) throws -> PrepPlan? = { _ in nil }
  ) throws -> Finished {
    let checks = try context.checks()
    let script = try launcher.loadScript(checks: checks)
    let bag = DiagnosticBag()
    let loaded = AnswersFile.load(path: answersPath, into: bag)
    guard let file = loaded.map(adapting), !bag.hasErrors else {
      // One problem (as with a file that is not YAML at all) is the whole message; several are
      // listed, then summed up.
      if let only = bag.sorted.first, bag.diagnostics.count == 1, only.notes.isEmpty {
        throw CommandFailure("\(only.location?.description ?? answersPath): \(only.message)")
      }
      context.console.errorText(DiagnosticRenderer().render(bag.sorted))
      throw CommandFailure("\(answersPath): cannot use these answers")
    }
    if !bag.diagnostics.isEmpty {
      context.console.errorText(DiagnosticRenderer().render(bag.sorted))
    }
    let prefilled = leadWords.isEmpty ? [:] : ["lead": leadWords.joined(separator: " ")]
    let prep = try plan(prefilled["lead"] ?? file["lead"]?.value)
    let outcome = WizardRunner(
      script: script, checks: checks, context: AnswerContext(now: context.now)
    ).run(file, prefilled: prefilled, given: prep?.given ?? [:], defaults: prep?.defaults ?? [:])
    if !outcome.diagnostics.isEmpty {
      context.console.errorText(DiagnosticRenderer().render(outcome.diagnostics))
    }
    guard let result = outcome.result,
      !outcome.diagnostics.contains(where: { $0.severity == .error })
    else {
      throw CommandFailure("\(answersPath): the \(launcher.name) could not be completed")
    }
    let shown = result.shown.map { "\($0.question) \($0.answer)" }.joined(separator: "\n")
    context.console.line(
      WizardPresenter.trimmed(VisibleText.of(result.summary ?? shown, layout: .block)))
    return Finished(result: result, feedback: outcome.feedback, plan: prep)
  }
}
