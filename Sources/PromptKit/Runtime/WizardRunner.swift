/// Runs a wizard to its end from an answers file, with no terminal.
import Diagnostics

public struct WizardRunner: Sendable {
  /// What a non-interactive run produced.
  public struct Outcome: Sendable {
    /// The result, when the wizard reached its end.
    public var result: WizardResult?
    /// What was asked and answered.
    public var transcript: Transcript
    /// Problems with the answers file, pointing into it.
    public var diagnostics: [Diagnostic]
    /// The feedback each answer got last, by question id (a check's reading, a date read back),
    /// as a terminal run shows it under the answer.
    public var feedback: [String: CheckFeedback] = [:]
  }

  /// The script to run.
  public var script: Script
  /// The registered checks.
  public var checks: CheckRegistry
  /// The clock and calendar for dates.
  public var context: AnswerContext

  /// Creates a runner.
  public init(
    script: Script, checks: CheckRegistry = CheckRegistry(),
    context: AnswerContext = AnswerContext()
  ) {
    self.script = script
    self.checks = checks
    self.context = context
  }

  /// Runs the wizard, answering each question from the file.
  ///
  /// Unknown ids are errors (with "did you mean"); an invalid answer is an error at its place
  /// (an optional question is then skipped; a required one stops the run); a required question
  /// with no answer and no default stops the run. A date already past is kept without asking.
  /// Messages never repeat the answers' text.
  ///
  /// - Parameters:
  ///   - answers: The answers by question id.
  ///   - prefilled: Answers known beforehand, as for ``WizardEngine``.
  ///   - given: Values of the script's `given:` names, as for ``WizardEngine``.
  ///   - defaults: Answers taken where the file gives none, as for ``WizardEngine``.
  /// - Returns: The result, the transcript and any diagnostics.
  public func run(
    _ answers: AnswersFile, prefilled: [String: String] = [:], given: [String: String] = [:],
    defaults: [String: String] = [:]
  ) -> Outcome {
    let bag = DiagnosticBag()
    let ids = script.questions.map(\.id)
    for entry in answers.entries where script.question(entry.id) == nil {
      bag.error(
        .unknownQuestion,
        "'\(entry.id)' is not a question of '\(script.name)'"
          + Suggestion.didYouMean(entry.id, in: ids), at: entry.keyLocation)
    }
    // Check every answer up front, so all bad answers are reported at once.
    for entry in answers.entries {
      guard let question = script.question(entry.id), !entry.value.allSatisfy(\.isWhitespace)
      else { continue }
      if case .failure(let rejection) = question.parse(entry.value, context: context) {
        bag.error(
          .invalidAnswer, "invalid answer for '\(entry.id)': \(rejection.reason)",
          at: entry.location)
      }
    }
    // Nobody is there to confirm a past date: it is kept as given.
    var engine = WizardEngine(
      script: script, checks: checks, context: context, prefilled: prefilled,
      questionsPastDates: false, given: given, defaults: defaults)
    var transcript = Transcript()
    var feedback: [String: CheckFeedback] = [:]
    var events = engine.start()
    transcript.record(events)
    var asked: Set<String> = []
    // Each question is answered at most twice (the answer, then a skip), so this bounds the loop.
    var budget = script.questions.count * 3 + 3
    while case .asked(let prompt)? = events.last, budget > 0 {
      budget -= 1
      asked.insert(prompt.questionID)
      if prompt.isRepeat {
        // The answer was refused (and reported above); skip it when allowed, else stop.
        guard !prompt.required else { break }
        transcript.recordInput(":skip")
        events = engine.handle(.skip)
        transcript.record(events)
        continue
      }
      let entry = answers[prompt.questionID]
      let input = entry?.value ?? ""
      transcript.recordInput(input)
      events = engine.handle(.answer(input))
      transcript.record(events)
      for case .feedback(let id, let said) in events {
        feedback[id] = said
      }
      if entry == nil, events.contains(where: { if case .rejected = $0 { true } else { false } }) {
        bag.error(
          .missingAnswer, "no answer for required question '\(prompt.questionID)'",
          at: SourceLocation(file: answers.path, line: 1, column: 1))
      }
    }
    var result: WizardResult?
    if case .finished(let finished)? = events.last {
      result = finished
      for entry in answers.entries
      where script.question(entry.id) != nil && !asked.contains(entry.id) {
        bag.warning(
          .unusedAnswer, "'\(entry.id)' was not asked, so its answer is not used",
          at: entry.keyLocation)
      }
    }
    return Outcome(
      result: bag.hasErrors ? nil : result, transcript: transcript, diagnostics: bag.sorted,
      feedback: feedback)
  }
}
