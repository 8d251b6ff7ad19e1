/// What the engine tells its presenter.
///
/// Every call into the engine returns events that end with ``asked(_:)``, ``finished(_:)`` or
/// ``quit(_:)``.
public enum WizardEvent: Sendable, Hashable {
  /// The wizard begins (or resumes from a draft).
  case started(title: String, intro: String?, resumed: Bool)
  /// A new step begins.
  case stepStarted(StepInfo)
  /// A question waits for input.
  case asked(Prompt)
  /// A check's feedback on the answer just given; for a date question, first the date read back
  /// (`Fri 11 Dec, next week`) as `.good` feedback.
  case feedback(questionID: String, CheckFeedback)
  /// The input was refused; the question is asked again next.
  case rejected(reason: String)
  /// The current question's help.
  case help(String)
  /// Why the current step matters.
  case why(String)
  /// The answers so far.
  case show([ShownAnswer])
  /// The wizard ended.
  case finished(WizardResult)
  /// The founder quit; save this state as a draft to resume later.
  case quit(WizardState)
}
