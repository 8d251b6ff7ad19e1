/// Runs a ``Script``: a pure state machine that emits ``WizardEvent``s and takes ``WizardInput``s.
///
/// It never prints and never reads a terminal. The whole state is ``state``, a Codable value:
/// save it on ``WizardEvent/quit(_:)`` and pass it back to resume at the same question.
///
/// ```swift
/// var engine = WizardEngine(script: script, checks: registry, state: draft)
/// var events = engine.start()
/// while case .asked(let prompt)? = events.last {
///   present(events)
///   events = engine.handle(readInput(for: prompt))
/// }
/// present(events)
/// ```
public struct WizardEngine: Sendable {
  /// The script being run.
  public let script: Script
  /// The checks questions may name.
  public let checks: CheckRegistry
  /// The clock and calendar for dates.
  public var context: AnswerContext
  /// Where the wizard is and what has been answered.
  public private(set) var state: WizardState
  /// Whether a date already past is refused once, naming it, and kept when typed again.
  ///
  /// Unattended runs turn this off: nobody is there to confirm.
  public var questionsPastDates: Bool

  /// Creates an engine.
  ///
  /// - Parameters:
  ///   - script: The script to run.
  ///   - checks: The registered checks; questions naming others get no feedback.
  ///   - context: The clock and calendar for dates.
  ///   - state: A draft to resume, or nil to start afresh.
  ///   - prefilled: Answers known before starting (such as `lead`); those questions are not asked.
  ///   - questionsPastDates: Whether a date already past must be typed twice to be kept.
  ///   - given: Values for the script's `given:` names (others are ignored), which templates
  ///     and conditions read like answers.
  ///   - defaults: Answers offered as the default of questions not yet answered (Return takes
  ///     them), such as the prep's ask for a debrief's `planned`.
  public init(
    script: Script, checks: CheckRegistry = CheckRegistry(),
    context: AnswerContext = AnswerContext(),
    state: WizardState? = nil, prefilled: [String: String] = [:],
    questionsPastDates: Bool = true, given: [String: String] = [:],
    defaults: [String: String] = [:]
  ) {
    self.script = script
    self.checks = checks
    self.context = context
    self.questionsPastDates = questionsPastDates
    let names = Set(script.given)
    self.given = given.filter { names.contains($0.key) }
    var initial = state ?? WizardState(wizard: script.name)
    for (id, value) in defaults where script.question(id) != nil && initial.answers[id] == nil {
      initial.answers[id] = value
    }
    for (id, value) in prefilled where script.question(id) != nil {
      initial.answers[id] = value
      initial.prefilled.insert(id)
    }
    self.state = initial
  }

  /// The values of the script's `given:` names.
  public let given: [String: String]

  /// The question being asked, if any.
  public var currentQuestion: Script.Question? {
    state.position.flatMap { script.question($0.question) }
  }

  /// What Tab may complete at the current question: commands after `:`, else choice keys
  /// (or `yes`/`no`).
  ///
  /// - Parameter prefix: The word being typed.
  /// - Returns: The candidates, in display order.
  public func completions(for prefix: String) -> [String] {
    if prefix.hasPrefix(":") {
      return WizardInput.commands.filter { $0.hasPrefix(prefix.lowercased()) }
    }
    return currentQuestion?.completions(for: prefix) ?? []
  }

  /// Starts the wizard, or resumes it at the draft's question.
  ///
  /// - Returns: The opening events, ending with the first question (or the end).
  public mutating func start() -> [WizardEvent] {
    let values = displayValues()
    // A draft whose question no longer exists starts over, keeping its answers.
    let resumed = state.position.map { isValid($0) } ?? false
    if resumed {
      // Drop places a later edit of the script removed, so `:back` never lands nowhere.
      state.history = state.history.filter(isValid)
    } else {
      state.position = nil
      state.history = []
    }
    var events: [WizardEvent] = [
      .started(
        title: script.title.render(values), intro: script.intro?.render(values), resumed: resumed)
    ]
    if state.finished {
      state.finished = false
      state.history = []
    }
    if resumed {
      events += ask(previousStep: nil, isRepeat: false)
    } else {
      events += move(to: nextPosition(after: nil), from: nil)
    }
    return events
  }

  /// Takes a typed line: an answer, or one of ``WizardInput/commands``.
  ///
  /// - Parameter line: The line as typed (for notes, the lines joined by newlines).
  /// - Returns: The events that follow.
  public mutating func send(_ line: String) -> [WizardEvent] {
    guard let input = WizardInput.parse(line) else {
      let commands = WizardInput.commands.joined(separator: ", ")
      return [.rejected(reason: "unknown command; try one of \(commands)")] + repeatPrompt()
    }
    return handle(input)
  }

  /// Takes an answer or a command.
  ///
  /// - Parameter input: What the founder sent.
  /// - Returns: The events that follow.
  public mutating func handle(_ input: WizardInput) -> [WizardEvent] {
    guard let position = state.position, let question = script.question(position.question) else {
      return state.finished ? [.finished(result())] : start()
    }
    switch input {
    case .answer(let text):
      return answer(text, to: question, at: position)
    case .skip:
      guard !question.required else {
        return [.rejected(reason: "this one can't be skipped")] + repeatPrompt()
      }
      state.answers[question.id] = nil
      state.history.append(position)
      return move(to: nextPosition(after: position), from: position)
    case .back:
      guard let previous = state.history.popLast() else {
        return [.rejected(reason: "this is the first question")] + repeatPrompt()
      }
      state.position = previous
      return ask(previousStep: position.step, isRepeat: false)
    case .help:
      let help = question.help?.render(displayValues())
      return [.help(help ?? "No extra help for this one. Answer in your own words.")]
        + repeatPrompt()
    case .why:
      let why = step(position.step)?.why?.render(displayValues())
      return [.why(why ?? "This step has no explanation.")] + repeatPrompt()
    case .show:
      return [.show(shownAnswers())] + repeatPrompt()
    case .quit:
      return [.quit(state)]
    }
  }

  private mutating func answer(
    _ text: String, to question: Script.Question, at position: WizardState.Position
  ) -> [WizardEvent] {
    var input = text
    // An answer kept with Return was accepted before: a past date is not questioned again.
    var keepsEarlier = false
    if input.allSatisfy(\.isWhitespace) {
      if let earlier = state.answers[question.id] {
        input = earlier
        keepsEarlier = true
      } else if let fallback = question.defaultValue {
        input = fallback
      } else if !question.required {
        return handle(.skip)
      } else {
        return [.rejected(reason: "this one needs an answer (:help for guidance)")]
          + repeatPrompt()
      }
    }
    var reading: DateReading?
    let parsed: Result<String, AnswerRejection>
    if question.kind == .date {
      let read = question.readDate(input, context: context)
      reading = try? read.get()
      parsed = read.map(\.iso)
    } else {
      parsed = question.parse(input, context: context)
    }
    switch parsed {
    case .failure(let rejection):
      return [.rejected(reason: rejection.reason)] + repeatPrompt()
    case .success(let value):
      var events: [WizardEvent] = []
      if let reading {
        if reading.isPast, questionsPastDates, !keepsEarlier,
          let refusal = questionPast(reading, for: question)
        {
          return refusal
        }
        events.append(.feedback(questionID: question.id, CheckFeedback(.good, [reading.echo])))
      }
      state.questionedAnswer = nil
      if let name = question.check, let check = checks[name] {
        let earlier = answersOnPath().filter { $0.key != question.id }
        let checkContext = CheckContext(questionID: question.id, answers: earlier)
        let feedback = check.check(value, context: checkContext)
        if !feedback.isEmpty {
          events.append(.feedback(questionID: question.id, feedback))
        }
      }
      state.answers[question.id] = value
      state.history.append(position)
      return events + move(to: nextPosition(after: position), from: position)
    }
  }

  /// Refuses a past date the first time it is given for a question, naming it; nil (keep it)
  /// when the same date was just refused there.
  private mutating func questionPast(
    _ reading: DateReading, for question: Script.Question
  ) -> [WizardEvent]? {
    let questioned = WizardState.QuestionedAnswer(questionID: question.id, value: reading.iso)
    guard state.questionedAnswer != questioned else { return nil }
    state.questionedAnswer = questioned
    let reason = "\(reading.label) is already past: type it again to keep it, or give another date"
    return [.rejected(reason: reason)] + repeatPrompt()
  }

  // MARK: - Moving

  private mutating func move(
    to next: WizardState.Position?, from previous: WizardState.Position?
  ) -> [WizardEvent] {
    guard let next else {
      state.position = nil
      state.finished = true
      return [.finished(result())]
    }
    state.position = next
    return ask(previousStep: previous?.step, isRepeat: false)
  }

  private func repeatPrompt() -> [WizardEvent] {
    ask(previousStep: state.position?.step, isRepeat: true)
  }

  private func ask(previousStep: String?, isRepeat: Bool) -> [WizardEvent] {
    guard let position = state.position, let question = script.question(position.question),
      let stepIndex = script.stepIndex(position.step)
    else { return [.finished(result())] }
    let values = displayValues()
    var events: [WizardEvent] = []
    let step = script.steps[stepIndex]
    if previousStep != position.step {
      events.append(
        .stepStarted(
          StepInfo(
            id: step.id, number: stepIndex + 1, count: script.steps.count,
            title: step.title.render(values), why: step.why?.render(values))))
    }
    events.append(
      .asked(
        Prompt(
          questionID: question.id, kind: question.kind, text: question.text.render(values),
          help: question.help?.render(values), hint: question.inputHint,
          choices: question.choices,
          defaultValue: state.answers[question.id] ?? question.defaultValue,
          required: question.required, isRepeat: isRepeat)))
    return events
  }

  private func isValid(_ position: WizardState.Position) -> Bool {
    step(position.step)?.questions.contains { $0.id == position.question } ?? false
  }

  private func step(_ id: String) -> Script.Step? {
    script.stepIndex(id).map { script.steps[$0] }
  }

  /// The next question to ask after a position, following conditions and jumps.
  private func nextPosition(after position: WizardState.Position?) -> WizardState.Position? {
    var stepIndex = 0
    var questionIndex = 0
    if let position, let index = script.stepIndex(position.step) {
      stepIndex = index
      questionIndex =
        (script.steps[index].questions.firstIndex { $0.id == position.question } ?? 0) + 1
    }
    // Bounded: a cycle of steps whose questions are all switched off would otherwise spin.
    var transitions = 0
    while stepIndex < script.steps.count, transitions <= script.steps.count * 4 {
      let step = script.steps[stepIndex]
      while questionIndex < step.questions.count {
        let question = step.questions[questionIndex]
        if !state.prefilled.contains(question.id),
          question.condition?.expression.evaluate(known) ?? true
        {
          return WizardState.Position(step: step.id, question: question.id)
        }
        questionIndex += 1
      }
      stepIndex = nextStep(after: stepIndex)
      questionIndex = 0
      transitions += 1
    }
    return nil
  }

  private func nextStep(after index: Int) -> Int {
    for jump in script.steps[index].next
    where jump.condition?.expression.evaluate(known) ?? true {
      if jump.target == Script.Jump.end { return script.steps.count }
      return script.stepIndex(jump.target) ?? script.steps.count
    }
    return index + 1
  }

  // MARK: - Display

  /// The answers on the path taken: a question left behind by `:back` and a changed answer
  /// keeps its answer in the state (in case the founder comes back) but not in results.
  private func answersOnPath() -> [String: String] {
    var ids = state.prefilled.union(state.history.map(\.question))
    if let current = state.position?.question {
      ids.insert(current)
    }
    return state.answers.filter { ids.contains($0.key) }
  }

  /// What conditions read: the given values, then the answers.
  private var known: [String: String] {
    given.isEmpty ? state.answers : given.merging(state.answers) { _, answer in answer }
  }

  private func displayValues() -> [String: String] {
    var values = given
    for (id, value) in answersOnPath() {
      values[id] = script.question(id)?.display(value) ?? value
    }
    return values
  }

  private func shownAnswers() -> [ShownAnswer] {
    let values = displayValues()
    return script.questions.compactMap { question in
      guard let value = values[question.id] else { return nil }
      return ShownAnswer(
        questionID: question.id, question: question.text.render(values), answer: value)
    }
  }

  private func result() -> WizardResult {
    WizardResult(
      answers: answersOnPath(), shown: shownAnswers(),
      summary: script.summary?.render(displayValues()))
  }
}
