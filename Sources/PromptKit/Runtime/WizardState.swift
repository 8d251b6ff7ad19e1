/// The whole state of a running wizard: where it is and what has been answered.
///
/// A plain value, so a draft is this state written as JSON, and going back is moving the position.
public struct WizardState: Sendable, Hashable, Codable {
  /// A question in a step, by ids (so drafts survive edits that reorder a script).
  public struct Position: Sendable, Hashable, Codable {
    /// The step's id.
    public var step: String
    /// The question's id.
    public var question: String

    /// Creates a position.
    public init(step: String, question: String) {
      self.step = step
      self.question = question
    }
  }

  /// An answer refused once that is kept when given again: a date already past.
  public struct QuestionedAnswer: Sendable, Hashable, Codable {
    /// The question's id.
    public var questionID: String
    /// The stored form of the answer (for a date, its ISO text).
    public var value: String

    /// Creates a questioned answer.
    public init(questionID: String, value: String) {
      self.questionID = questionID
      self.value = value
    }
  }

  /// The wizard's name, from ``Script/name``.
  public var wizard: String
  /// Stored answers by question id.
  public var answers: [String: String]
  /// Questions answered before the wizard started (such as the lead given on the command line);
  /// they are never asked.
  public var prefilled: Set<String>
  /// The question being asked; nil before the start and after the end.
  public var position: Position?
  /// The questions answered or skipped before the current one, oldest first (`:back` pops).
  public var history: [Position]
  /// Whether the wizard reached its end.
  public var finished: Bool
  /// The answer last refused as worth a second look (a past date), kept if given again.
  ///
  /// Optional, so drafts saved before it existed still decode (and drafts without one are
  /// written as before).
  public var questionedAnswer: QuestionedAnswer?

  /// Creates a state.
  public init(
    wizard: String, answers: [String: String] = [:], prefilled: Set<String> = [],
    position: Position? = nil, history: [Position] = [], finished: Bool = false,
    questionedAnswer: QuestionedAnswer? = nil
  ) {
    self.wizard = wizard
    self.answers = answers
    self.prefilled = prefilled
    self.position = position
    self.history = history
    self.finished = finished
    self.questionedAnswer = questionedAnswer
  }
}
