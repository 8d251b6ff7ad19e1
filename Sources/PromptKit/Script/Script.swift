/// A loaded, checked wizard: ordered steps of questions, and a summary shown at the end.
///
/// Load one with ``ScriptLoader``; run it with ``WizardEngine``.
public struct Script: Sendable, Hashable {
  /// The wizard's name (`prep`, `debrief`), used to key drafts.
  public var name: String
  /// The title shown when the wizard starts.
  public var title: Template
  /// An optional paragraph shown under the title.
  public var intro: Template?
  /// The steps in file order.
  public var steps: [Step]
  /// The text rendered with every answer when the wizard finishes (a plan, a summary).
  public var summary: Template?
  /// Where the script was read from.
  public var path: String
  /// Names of values the front end provides before the wizard starts (such as the prep a
  /// debrief follows), which templates and `when:` may use like answers.
  public var given: [String]

  /// Creates a script.
  public init(
    name: String, title: Template, intro: Template? = nil, steps: [Step],
    summary: Template? = nil, path: String = "", given: [String] = []
  ) {
    self.name = name
    self.title = title
    self.intro = intro
    self.steps = steps
    self.summary = summary
    self.path = path
    self.given = given
  }

  /// Every question, in file order.
  public var questions: [Question] { steps.flatMap(\.questions) }

  /// The question with this id.
  public func question(_ id: String) -> Question? {
    for step in steps {
      if let question = step.questions.first(where: { $0.id == id }) { return question }
    }
    return nil
  }

  /// The index of the step with this id.
  public func stepIndex(_ id: String) -> Int? { steps.firstIndex { $0.id == id } }
}
