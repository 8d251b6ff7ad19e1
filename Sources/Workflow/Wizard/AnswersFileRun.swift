import Diagnostics
import Foundation
import PromptKit

/// A wizard run from an answers file, with no one to ask.
///
/// The file is loaded and checked, and the script runs with it to its end. The answers' lines
/// are never in what it reports, since they may be private notes.
public struct AnswersFileRun {
  /// A run that reached the end of the script.
  public struct Finished {
    /// The answers, as stored, and the rendered summary.
    public var result: WizardResult
    /// The feedback each answer got, by question id, as the terminal shows it under the answer.
    public var feedback: [String: CheckFeedback]
    /// The prep the run followed, if any.
    public var plan: PrepPlan?
  }

  /// Why a run could not be used.
  public enum Failure: Error {
    /// The answers file could not be read or has errors: its diagnostics, sorted.
    case unusableAnswers([Diagnostic])
    /// The answers do not take the script to its end (the errors were reported).
    case incomplete
  }

  public let script: Script
  public let checks: CheckRegistry
  /// The moment dates in answers count from.
  public let now: Date

  public init(script: Script, checks: CheckRegistry, now: Date) {
    self.script = script
    self.checks = checks
    self.now = now
  }

  /// Runs the script with the answers at `answersPath`.
  ///
  /// - Parameters:
  ///   - answersPath: The answers file, as the founder named it.
  ///   - lead: The lead named on the command line, which answers `lead`; nil to take it from
  ///     the file.
  ///   - adapting: Turns answers written for an earlier version of the script into what it asks
  ///     now.
  ///   - plan: The prep the run follows, from the lead's name (a debrief's `given:` values and
  ///     the planned ask as the default of `planned`).
  ///   - report: Called with the warnings of a usable file, then with what running it found.
  /// - Returns: The finished run.
  /// - Throws: ``Failure`` when the answers cannot be used; what `plan` throws.
  public func run(
    answersPath: String, lead: String?, adapting: (AnswersFile) -> AnswersFile = { $0 },
    plan: (String?) throws -> PrepPlan? = { _ in nil }, report: ([Diagnostic]) -> Void
  ) throws -> Finished {
    let bag = DiagnosticBag()
    let loaded = AnswersFile.load(path: answersPath, into: bag)
    guard let file = loaded.map(adapting), !bag.hasErrors else {
      throw Failure.unusableAnswers(bag.sorted)
    }
    if !bag.diagnostics.isEmpty {
      report(bag.sorted)
    }
    let prefilled = lead.map { ["lead": $0] } ?? [:]
    let prep = try plan(lead ?? file["lead"]?.value)
    let outcome = WizardRunner(script: script, checks: checks, context: AnswerContext(now: now))
      .run(file, prefilled: prefilled, given: prep?.given ?? [:], defaults: prep?.defaults ?? [:])
    if !outcome.diagnostics.isEmpty {
      report(outcome.diagnostics)
    }
    guard let result = outcome.result,
      !outcome.diagnostics.contains(where: { $0.severity == .error })
    else {
      throw Failure.incomplete
    }
    return Finished(result: result, feedback: outcome.feedback, plan: prep)
  }
}
