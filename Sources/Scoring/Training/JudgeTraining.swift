import Vocabulary

/// Turns a labelled corpus into the judge's models.
///
/// The features are extracted exactly as the readers extract them at run time. `JudgeTrainer` writes the result to `prompts/model/`; a test checks
/// that the files there are exactly what this produces.
public enum JudgeTraining {
  /// The reply verdict's classes, in output order.
  public static let verdicts: [Verdict] = [.commitment, .hedge, .rejection]
  /// The currency model's outputs, in order.
  public static let currencies: [Currency] = [.time, .reputation, .money]
  /// The note-line kinds, in output order.
  public static let noteKinds: [Finding.Kind] = [
    .fact, .compliment, .fluff, .hypothetical, .idea, .commitment,
  ]

  /// Trains every model.
  ///
  /// - Parameters:
  ///   - corpus: The training split.
  ///   - lexicon: The bundled lexicon, whose phrases are features.
  ///   - settings: How training runs; the defaults made the checked-in models.
  /// - Returns: The models by name, as in ``JudgeModels/files``.
  public static func train(
    _ corpus: LabelledCorpus, lexicon: Lexicon, settings: LinearTrainer.Settings = .init()
  ) -> [String: LinearModel] {
    let groups = Set(lexicon.groups.map(\.name))
    var models: [String: LinearModel] = [:]

    let replies = corpus.replies.map {
      (ReplyFeatures.vector(Interpreter.reading(of: $0.text, lexicon: lexicon)), $0)
    }
    let verdictWeights = balance(replies.map { verdicts.firstIndex(of: $0.1.verdict) ?? 0 })
    models["reply-verdict"] = LinearTrainer.train(
      name: "reply-verdict", link: .softmax, outputs: verdicts.map(\.rawValue),
      bits: ReplyFeatures.bits, groups: groups, settings: settings,
      examples: zip(replies, verdictWeights).map { pair, weight in
        TrainingExample(
          features: pair.0, targets: oneHot(verdicts.firstIndex(of: pair.1.verdict), 3),
          weight: weight)
      })
    models["reply-currency"] = LinearTrainer.train(
      name: "reply-currency", link: .sigmoid, outputs: currencies.map(\.rawValue),
      bits: ReplyFeatures.bits, groups: groups, settings: settings,
      examples: replies.filter { $0.1.verdict == .commitment }.map { features, reply in
        TrainingExample(
          features: features, targets: currencies.map { reply.currencies.contains($0) ? 1 : 0 })
      })

    let notes = corpus.notes.map { line -> (FeatureVector, Int) in
      let analysis = lexicon.analyze(QuestionChecker.stripBullet(line.text))
      return (NoteFeatures.vector(analysis), noteKinds.firstIndex(of: line.kind) ?? 0)
    }
    let noteWeights = balance(notes.map(\.1))
    models["note-kind"] = LinearTrainer.train(
      name: "note-kind", link: .softmax, outputs: noteKinds.map(\.rawValue),
      bits: NoteFeatures.bits, groups: groups, settings: settings,
      examples: zip(notes, noteWeights).map { pair, weight in
        TrainingExample(features: pair.0, targets: oneHot(pair.1, noteKinds.count), weight: weight)
      })

    let asks = corpus.asks.map { ask in
      TrainingExample(
        features: AskFeatures.vector(AskEvidence(lexicon.analyze(ask.text)), stage: ask.stage),
        targets: [ask.isGood ? 1 : 0])
    }
    models["ask"] = LinearTrainer.train(
      name: "ask", link: .sigmoid, outputs: ["good"], bits: AskFeatures.bits, groups: groups,
      settings: settings, examples: asks)

    let checker = QuestionChecker(lexicon: lexicon, models: .none)
    let kinds = LabelledCorpus.questionKinds
    let questions = corpus.questions.compactMap { question -> (FeatureVector, Int)? in
      guard let kind = question.kind, let index = kinds.firstIndex(of: kind) else { return nil }
      let analysis = lexicon.analyze(QuestionChecker.stripBullet(question.text))
      return (QuestionFeatures.vector(analysis, flags: checker.ruleFlags(analysis)), index)
    }
    let questionWeights = balance(
      questions.map { LabelledCorpus.goodQuestionKinds.contains(kinds[$0.1]) ? 0 : 1 })
    models["question"] = LinearTrainer.train(
      name: "question", link: .softmax, outputs: kinds, bits: QuestionFeatures.bits,
      groups: groups, settings: settings,
      examples: zip(questions, questionWeights).map { pair, weight in
        TrainingExample(features: pair.0, targets: oneHot(pair.1, kinds.count), weight: weight)
      })

    // Next steps: who acts, and for the prospect's steps whether they cost them something.
    let reader = StepReader(lexicon: lexicon, models: .none)
    let steps = corpus.steps.map { step in (reader.evidence(step.text), step) }
    let ownerWeights = balance(steps.map { $0.1.owner == .them ? 1 : 0 })
    models["step-owner"] = LinearTrainer.train(
      name: "step-owner", link: .sigmoid, outputs: ["them"], bits: StepFeatures.bits,
      groups: groups, settings: settings,
      examples: zip(steps, ownerWeights).map { pair, weight in
        TrainingExample(
          features: pair.0.ownerFeatures, targets: [pair.1.owner == .them ? 1 : 0], weight: weight)
      })
    let theirs = steps.filter { $0.1.owner == .them }
    let commitmentWeights = balance(theirs.map { $0.1.costs.isEmpty ? 0 : 1 })
    models["step-commitment"] = LinearTrainer.train(
      name: "step-commitment", link: .sigmoid, outputs: ["commitment"], bits: StepFeatures.bits,
      groups: groups, settings: settings,
      examples: zip(theirs, commitmentWeights).map { pair, weight in
        TrainingExample(
          features: pair.0.commitmentFeatures, targets: [pair.1.costs.isEmpty ? 0 : 1],
          weight: weight)
      })
    return models
  }

  private static func oneHot(_ index: Int?, _ count: Int) -> [Float] {
    (0..<count).map { $0 == index ? 1 : 0 }
  }

  /// Weights that give every class the same total, averaging 1 per example.
  private static func balance(_ labels: [Int]) -> [Float] {
    var counts: [Int: Int] = [:]
    for label in labels { counts[label, default: 0] += 1 }
    let classes = Float(counts.count)
    return labels.map { Float(labels.count) / (classes * Float(counts[$0] ?? 1)) }
  }
}
