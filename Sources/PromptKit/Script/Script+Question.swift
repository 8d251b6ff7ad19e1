import Diagnostics

extension Script {
  /// One question: its kind, text, and how its answer is checked.
  public struct Question: Sendable, Hashable {
    /// The kinds of questions.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
      /// One line of text.
      case text
      /// Several lines, ended by a line holding only `.` (or end of input).
      case notes
      /// One of several keyed options.
      case choice
      /// Any of several keyed options, separated by commas or spaces.
      case multichoice
      /// Yes or no.
      case yesno
      /// A whole number from 1 to 5.
      case scale
      /// A day, optionally with a time, stored as ISO 8601.
      case date
      /// A number.
      case number
      /// An amount of money, stored as `<amount> <CURRENCY>`.
      case money
    }

    /// The id answers are stored under (and `{id}` / `when:` refer to).
    public var id: String
    /// The kind of answer expected.
    public var kind: Kind
    /// The question as shown.
    public var text: Template
    /// Longer guidance, shown on `:help`.
    public var help: Template?
    /// Whether `:skip` and an empty answer are refused.
    public var required: Bool
    /// The answer used when the founder just presses Return (in its input form).
    public var defaultValue: String?
    /// Ask only when this holds.
    public var condition: Condition?
    /// The name of the check that reads the answer, if any.
    public var check: String?
    /// The options of a choice or multi-choice question.
    public var choices: [Choice]
    /// Extra rules for text answers.
    public var validation: Validation
    /// The currency assumed for a money answer written without one.
    public var currency: String
    /// Where the question is written.
    public var location: SourceLocation?

    /// Creates a question.
    public init(
      id: String, kind: Kind, text: Template, help: Template? = nil, required: Bool = true,
      defaultValue: String? = nil, condition: Condition? = nil, check: String? = nil,
      choices: [Choice] = [], validation: Validation = Validation(), currency: String = "USD",
      location: SourceLocation? = nil
    ) {
      self.id = id
      self.kind = kind
      self.text = text
      self.help = help
      self.required = required
      self.defaultValue = defaultValue
      self.condition = condition
      self.check = check
      self.choices = choices
      self.validation = validation
      self.currency = currency
      self.location = location
    }
  }
}
