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
