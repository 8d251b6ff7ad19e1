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

  private let models: JudgeModels

  /// Creates a reader.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    self.models = models
    notes = NotesReader(lexicon: lexicon, models: models)
    interpreter = Interpreter(lexicon: lexicon, models: models)
  }

  /// What the readers see in a step, for the models (and their training).
  struct Evidence {
    let text: String
    let subject: StepSubject
    let analysis: TextAnalysis
    let ownerFeatures: FeatureVector
    let commitmentFeatures: FeatureVector
    let reply: Interpretation
  }

  func evidence(_ step: String) -> Evidence {
    let text = QuestionChecker.stripBullet(step.trimmingCharacters())
    let subject = StepSubject(text)
    let analysis = lexicon.analyze(text)
    let clause = lexicon.analyze(subject.clause)
    let reply = interpreter.interpret(subject.clause)
    return Evidence(
      text: text, subject: subject, analysis: analysis,
      ownerFeatures: StepFeatures.owner(text, analysis: analysis, subject: subject),
      commitmentFeatures: StepFeatures.commitment(
        text, analysis: analysis, subject: subject, noteKind: notes.kind(of: clause),
        reply: reply.verdict),
      reply: reply)
  }

  /// Reads one step.
  public func read(_ step: String) -> StepReading {
    let seen = evidence(step)
    var owner = seen.subject.owner
    if let model = models.stepOwner {
      owner = model.probabilities(model.scores(seen.ownerFeatures))[0] >= 0.5 ? .them : .us
    }
    guard owner == .them else {
      return StepReading(text: seen.text, owner: .us, person: nil, costs: [])
    }
    let person = seen.subject.owner == .them ? seen.subject.person : nil
    return StepReading(text: seen.text, owner: .them, person: person, costs: costs(seen))
  }

  /// What a step costs them, read as if they own it (for an owner the founder changed).
  public func costs(of step: String) -> [Currency] {
    costs(evidence(step))
  }

  /// What a step of theirs costs them: nothing when it reads as a stall or a condition.
  private func costs(_ seen: Evidence) -> [Currency] {
    if let model = models.stepCommitment {
      guard model.probabilities(model.scores(seen.commitmentFeatures))[0] >= 0.5 else { return [] }
    } else {
      let clause = lexicon.analyze(seen.subject.clause)
      guard notes.kind(of: clause) == .commitment else { return [] }
      if seen.reply.verdict == .hedge || seen.reply.verdict == .rejection { return [] }
    }
    let named =
      seen.reply.currencies.isEmpty
      ? AskGrader.currencies(in: lexicon.analyze(seen.subject.clause)).sorted()
      : seen.reply.currencies
    return named.isEmpty ? [.time] : named
  }
}
