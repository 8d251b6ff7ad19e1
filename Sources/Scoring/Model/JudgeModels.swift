import BundledPrompts

/// The judge's learned weights: one model per reader, read from `prompts/model/` (built into
/// the binary) the first time a reader needs it, so interpreting a reply never decodes the
/// notes model and the REPL prompt decodes none.
public struct JudgeModels: Sendable {
  /// `nil` for the bundled models; otherwise the models given, by name.
  private let given: [String: LinearModel]?

  /// Models by name, as ``JudgeTraining/train(_:lexicon:settings:)`` gives them; a missing one
  /// leaves its reader to the rules alone.
  public init(_ models: [String: LinearModel]) {
    given = models
  }

  private init(bundled: Void) {
    given = nil
  }

  /// No models: every reader uses its rules only.
  public static let none = JudgeModels([:])

  /// The models built into the binary.
  ///
  /// A file that does not read is left out (its reader falls back to the rules); a test proves
  /// every bundled file reads.
  public static let bundled = JudgeModels(bundled: ())

  /// Commitment, hedge or rejection.
  public var replyVerdict: LinearModel? { model("reply-verdict") }
  /// Time, reputation, money: one yes or no each, for a commitment.
  public var replyCurrency: LinearModel? { model("reply-currency") }
  /// The kind of a line of notes.
  public var noteKind: LinearModel? { model("note-kind") }
  /// Good or weak, for an ask and its stage.
  public var ask: LinearModel? { model("ask") }
  /// The kind of a planned question: three good ones, five bad.
  public var question: LinearModel? { model("question") }
  /// Who acts in a next step.
  public var stepOwner: LinearModel? { model("step-owner") }
  /// Whether a step of theirs is a commitment.
  public var stepCommitment: LinearModel? { model("step-commitment") }

  private func model(_ name: String) -> LinearModel? {
    guard let given else { return Bundled.model(name) }
    return given[name]
  }

  /// The file names below `prompts/`, by model.
  public static let files = [
    "reply-verdict": "model/reply-verdict.model", "reply-currency": "model/reply-currency.model",
    "note-kind": "model/note-kind.model", "ask": "model/ask.model",
    "question": "model/question.model", "step-owner": "model/step-owner.model",
    "step-commitment": "model/step-commitment.model",
  ]
}

/// One lazily read model each.
private enum Bundled {
  static let replyVerdict = read("reply-verdict")
  static let replyCurrency = read("reply-currency")
  static let noteKind = read("note-kind")
  static let ask = read("ask")
  static let question = read("question")
  static let stepOwner = read("step-owner")
  static let stepCommitment = read("step-commitment")

  static func model(_ name: String) -> LinearModel? {
    switch name {
    case "reply-verdict": replyVerdict
    case "reply-currency": replyCurrency
    case "note-kind": noteKind
    case "ask": ask
    case "question": question
    case "step-owner": stepOwner
    case "step-commitment": stepCommitment
    default: nil
    }
  }

  private static func read(_ name: String) -> LinearModel? {
    guard let path = JudgeModels.files[name], let text = PromptBundle.files[path] else {
      return nil
    }
    return try? LinearModel(decoding: text)
  }
}
