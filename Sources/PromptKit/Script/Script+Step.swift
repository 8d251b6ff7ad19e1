import Diagnostics

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
}
