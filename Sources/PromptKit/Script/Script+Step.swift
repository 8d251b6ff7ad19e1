extension Script {
  /// One step of a wizard: a title, the reason for it, questions, and where to go next.
  public struct Step: Sendable, Hashable {
    /// The step's id, the target of jumps.
    public var id: String
    /// The title shown when the step starts.
    public var title: Template
    /// Why this step matters, shown under the title and on `:why`.
    public var why: Template?
    /// The questions in order.
    public var questions: [Question]
    /// Where to go after the last question: the first jump whose condition holds; with none,
    /// the next step in the file.
    public var next: [Jump]
    /// Where the step is written.
    public var location: SourceLocation?

    /// Creates a step.
    public init(
      id: String, title: Template, why: Template? = nil, questions: [Question],
      next: [Jump] = [], location: SourceLocation? = nil
    ) {
      self.id = id
      self.title = title
      self.why = why
      self.questions = questions
      self.next = next
      self.location = location
    }
  }

  /// A jump to another step, or to the end (`end`), optionally under a condition.
  public struct Jump: Sendable, Hashable {
    /// The id of the step to go to, or ``Script/Jump/end``.
    public var target: String
    /// The condition under which to jump; nil always jumps.
    public var condition: Condition?
    /// Where the jump is written.
    public var location: SourceLocation?

    /// The target that finishes the wizard.
    public static let end = "end"

    /// Creates a jump.
    public init(target: String, condition: Condition? = nil, location: SourceLocation? = nil) {
      self.target = target
      self.condition = condition
      self.location = location
    }
  }

  /// A parsed `when:` condition, with its text for display.
  public struct Condition: Sendable, Hashable {
    /// The condition as written.
    public var source: String
    /// The parsed expression.
    public var expression: Expression

    /// Creates a condition.
    public init(source: String, expression: Expression) {
      self.source = source
      self.expression = expression
    }

    /// Parses a condition.
    ///
    /// - Throws: ``ExpressionError`` at the first problem.
    public init(_ source: String) throws(ExpressionError) {
      self.init(source: source, expression: try Expression.parse(source))
    }
  }
}
