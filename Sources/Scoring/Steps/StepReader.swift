import Vocabulary

/// Reads a next step the way a founder writes it ("I send the deck Friday", "Dana signs the
/// order form by the 14th", "they'll get back to me"): who acts, and whether the step itself is
/// a commitment of the prospect's.
///
/// Who acts is the sentence's subject: the founder's side for "I", "we", "our" and for an
/// imperative note-to-self ("send Dana the proposal"); the prospect's side for "she", "they",
/// a name or a role that acts ("Dev signs", "their CFO to approve", "Dana: sends the export").
/// A meeting the prospect agreed to attend is theirs ("we meet her COO Thursday"): it costs them
/// time. Whether a step of theirs costs them something is the notes reader's call (a line read
/// as an agreed step) unless the reply reader hears a stall in it.
public struct StepReader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon
  private let notes: NotesReader
  private let interpreter: Interpreter

  /// Creates a reader.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    notes = NotesReader(lexicon: lexicon, models: models)
    interpreter = Interpreter(lexicon: lexicon, models: models)
  }

  /// Reads one step.
  public func read(_ step: String) -> StepReading {
    let text = QuestionChecker.stripBullet(step.trimmingCharacters())
    let subject = StepSubject(text)
    guard subject.owner == .them else {
      return StepReading(text: text, owner: .us, person: nil, costs: [])
    }
    return StepReading(
      text: text, owner: .them, person: subject.person, costs: costs(of: subject.clause))
  }

  /// What a step of theirs costs them: nothing when it reads as a stall or a condition.
  public func costs(of clause: String) -> [Currency] {
    let analysis = lexicon.analyze(clause)
    guard notes.kind(of: analysis) == .commitment else { return [] }
    let reading = interpreter.interpret(clause)
    if reading.verdict == .hedge || reading.verdict == .rejection { return [] }
    let named =
      reading.currencies.isEmpty
      ? AskGrader.currencies(in: analysis).sorted() : reading.currencies
    return named.isEmpty ? [.time] : named
  }
}
