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
  /// A check's feedback on the answer just given.
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

/// A step as announced to the presenter.
public struct StepInfo: Sendable, Hashable {
  /// The step's id.
  public var id: String
  /// Its position, from 1.
  public var number: Int
  /// How many steps the script has.
  public var count: Int
  /// The title, interpolated.
  public var title: String
  /// Why the step matters, interpolated.
  public var why: String?
}

/// A question as the presenter should show it.
public struct Prompt: Sendable, Hashable {
  /// The question's id.
  public var questionID: String
  /// The kind of answer expected (notes need multi-line input; choices offer Tab completion).
  public var kind: Script.Question.Kind
  /// The question, interpolated.
  public var text: String
  /// The help, interpolated.
  public var help: String?
  /// A short hint of the input form, such as `yes/no`.
  public var hint: String?
  /// The options of a choice question.
  public var choices: [Script.Choice]
  /// What Return alone answers: the earlier answer when going back, else the script's default.
  public var defaultValue: String?
  /// Whether `:skip` is refused.
  public var required: Bool
  /// Whether this repeats the previous prompt (after help, a refusal…), so presenters may be brief.
  public var isRepeat: Bool
}

/// One answered question for `:show` and summaries.
public struct ShownAnswer: Sendable, Hashable {
  /// The question's id.
  public var questionID: String
  /// The question, interpolated.
  public var question: String
  /// The answer as displayed (labels for choices).
  public var answer: String
}

/// What a finished wizard produced.
public struct WizardResult: Sendable, Hashable {
  /// Stored answers by question id.
  public var answers: [String: String]
  /// The answered questions in script order.
  public var shown: [ShownAnswer]
  /// The script's summary with the answers filled in.
  public var summary: String?
}
