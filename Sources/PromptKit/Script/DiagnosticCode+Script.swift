import Diagnostics

/// The problems of a prompt script (``ScriptLoader``) and of an answers file (``WizardRunner``).
extension DiagnosticCode {
  /// The script has no steps.
  public static let noSteps = DiagnosticCode("no-steps")
  /// A step has no questions.
  public static let noQuestions = DiagnosticCode("no-questions")
  /// An id or option key with characters ids cannot hold.
  public static let invalidID = DiagnosticCode("invalid-id")
  /// A step id the engine keeps for itself (`end`).
  public static let reservedID = DiagnosticCode("reserved-id")
  /// Two steps, questions or options with the same id.
  public static let duplicateID = DiagnosticCode("duplicate-id")
  /// A question type that does not exist.
  public static let unknownType = DiagnosticCode("unknown-type")
  /// A choice question without `choices`.
  public static let missingChoices = DiagnosticCode("missing-choices")
  /// Choices on a question that is not a choice.
  public static let ignoredChoices = DiagnosticCode("ignored-choices")
  /// A choice question with an empty list of options.
  public static let noOptions = DiagnosticCode("no-options")
  /// A default the question itself would refuse.
  public static let invalidDefault = DiagnosticCode("invalid-default")
  /// A `pattern:` that is not a valid regular expression.
  public static let invalidPattern = DiagnosticCode("invalid-pattern")
  /// A check that is not available.
  public static let unknownCheck = DiagnosticCode("unknown-check")
  /// A `when:` condition that does not parse.
  public static let expressionSyntax = DiagnosticCode("expression-syntax")
  /// A name of a question that does not exist (in a script or an answers file).
  public static let unknownQuestion = DiagnosticCode("unknown-question")
  /// A question named where it is not answered yet.
  public static let laterQuestion = DiagnosticCode("later-question")
  /// A given value whose name is also a question's id.
  public static let givenIsQuestion = DiagnosticCode("given-is-question")
  /// A jump to a step that does not exist.
  public static let unknownStep = DiagnosticCode("unknown-step")
  /// A step no path from the first step reaches.
  public static let unreachableStep = DiagnosticCode("unreachable-step")
  /// A step in a loop with no way out to the end.
  public static let endlessLoop = DiagnosticCode("endless-loop")

  /// An answer in an answers file that its question refuses.
  public static let invalidAnswer = DiagnosticCode("invalid-answer")
  /// A required question the answers file does not answer.
  public static let missingAnswer = DiagnosticCode("missing-answer")
  /// An answer to a question the run did not ask.
  public static let unusedAnswer = DiagnosticCode("unused-answer")
}
