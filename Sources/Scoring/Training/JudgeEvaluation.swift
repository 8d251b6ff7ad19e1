import Vocabulary

/// The judge measured on a labelled corpus: a confusion matrix per reader and the currency
/// figures, with the misses counted by category (never quoted, so a locked split stays unread).
public struct JudgeEvaluation: Sendable {
  /// Reply verdicts.
  public var verdicts = ConfusionMatrix(labels: JudgeTraining.verdicts.map(\.rawValue))
  /// Replies whose verdict and currency set were both exactly right, of all replies.
  public var exactReplies = 0
  /// Labelled commitments read as commitments whose currency set was exactly right.
  public var exactCurrencies = 0
  /// Labelled commitments read as commitments.
  public var committedRead = 0
  /// Note-line kinds.
  public var notes = ConfusionMatrix(labels: JudgeTraining.noteKinds.map(\.rawValue))
  /// Asks, good or weak for their stage.
  public var asks = ConfusionMatrix(labels: ["good", "weak"])
  /// Planned questions, good or bad.
  public var questions = ConfusionMatrix(labels: ["good", "bad"])
  /// Next steps: who acts.
  public var stepOwners = ConfusionMatrix(labels: ["us", "them"])
  /// Next steps: whether the step is itself a commitment of theirs.
  public var stepCommitments = ConfusionMatrix(labels: ["commitment", "none"])
  /// Misses by category: the reader, the truth, the guess and the shape of the text.
  public var missCategories: [String: Int] = [:]

  /// Measures the readers on a corpus.
  ///
  /// - Parameters:
  ///   - corpus: Labelled text.
  ///   - lexicon: The lexicon.
  ///   - models: The weights to measure.
  public init(_ corpus: LabelledCorpus, lexicon: Lexicon, models: JudgeModels) {
    let interpreter = Interpreter(lexicon: lexicon, models: models)
    for reply in corpus.replies {
      let reading = interpreter.interpret(reply.text)
      verdicts.add(truth: reply.verdict.rawValue, guess: reading.verdict.rawValue)
      let exact = reading.verdict == reply.verdict && reading.currencies == reply.currencies
      if exact { exactReplies += 1 }
      if reply.verdict == .commitment && reading.verdict == .commitment {
        committedRead += 1
        if exact { exactCurrencies += 1 }
      }
      if reading.verdict != reply.verdict {
        miss("reply \(reply.verdict.rawValue) read as \(reading.verdict.rawValue)", reply.text)
      } else if !exact {
        miss(
          "reply currencies \(Self.names(reply.currencies)) read as \(Self.names(reading.currencies))",
          reply.text)
      }
    }
    let reader = NotesReader(lexicon: lexicon, models: models)
    for line in corpus.notes {
      let guess = reader.read(line.text).findings.first?.kind.rawValue ?? "none"
      notes.add(truth: line.kind.rawValue, guess: guess)
      if guess != line.kind.rawValue {
        miss("note \(line.kind.rawValue) read as \(guess)", line.text)
      }
    }
    let grader = AskGrader(lexicon: lexicon, models: models)
    for ask in corpus.asks {
      let guess = grader.grade(ask.text, stage: ask.stage).isGood ? "good" : "weak"
      let truth = ask.isGood ? "good" : "weak"
      asks.add(truth: truth, guess: guess)
      if guess != truth { miss("ask \(truth) at \(ask.stage.rawValue) read as \(guess)", ask.text) }
    }
    measureSteps(corpus, lexicon: lexicon, models: models)
    let checker = QuestionChecker(lexicon: lexicon, models: models)
    for question in corpus.questions {
      let guess = checker.checkOne(question.text).isGood ? "good" : "bad"
      let truth = question.isGood ? "good" : "bad"
      questions.add(truth: truth, guess: guess)
      if guess != truth {
        miss("question \(question.kind ?? truth) read as \(guess)", question.text)
      }
    }
  }

  private mutating func measureSteps(
    _ corpus: LabelledCorpus, lexicon: Lexicon, models: JudgeModels
  ) {
    let reader = StepReader(lexicon: lexicon, models: models)
    for step in corpus.steps {
      let reading = reader.read(step.text)
      stepOwners.add(truth: step.owner.rawValue, guess: reading.owner.rawValue)
      let truth = step.costs.isEmpty ? "none" : "commitment"
      let guess = reading.costs.isEmpty ? "none" : "commitment"
      stepCommitments.add(truth: truth, guess: guess)
      if reading.owner != step.owner {
        miss("step owner \(step.owner.rawValue) read as \(reading.owner.rawValue)", step.text)
      } else if truth != guess {
        miss("step \(truth) read as \(guess)", step.text)
      }
    }
  }

  /// The share of replies with the verdict and the currencies exactly right.
  public var exactReplyShare: Double {
    verdicts.total == 0 ? 0 : Double(exactReplies) / Double(verdicts.total)
  }

  /// The share of commitments read as such whose currencies were exactly right.
  public var exactCurrencyShare: Double {
    committedRead == 0 ? 0 : Double(exactCurrencies) / Double(committedRead)
  }

  private static func names(_ currencies: [Currency]) -> String {
    currencies.isEmpty ? "none" : currencies.map(\.rawValue).joined(separator: "+")
  }

  /// Counts a miss under its reader and labels, and the shape of its text.
  private mutating func miss(_ what: String, _ text: String) {
    missCategories[what, default: 0] += 1
    missCategories["  shape: \(Self.shape(text))", default: 0] += 1
  }

  /// A rough register of a text, for counting misses without reading them.
  static func shape(_ text: String) -> String {
    let words = text.split(whereSeparator: \.isWhitespace).count
    if !SpeakerTurns(text).turns.isEmpty { return "transcript with speaker labels" }
    if words > 60 { return "long (email or several paragraphs)" }
    if words <= 6 { return "very short" }
    if text.contains("?") { return "has a question" }
    if text == text.lowercased() { return "all lower case" }
    return "plain sentence"
  }
}
