import Foundation

/// One practice scene with a persona, as a state machine: it emits events and says which input
/// it waits for; it never reads or prints.
///
/// The flow: the scene, a short learning exchange from the persona's script, the founder's ask
/// (graded), the persona's reply (chosen by the ask's quality), the founder's reading of it
/// (graded against the interpreter), a closing card, and the offer to ask again in the same
/// scene.
public struct PracticeRound: Sendable {
  /// The input the round waits for.
  public enum Prompt: Equatable, Sendable {
    /// A learning question; an empty line uses the suggested one, `skip` goes to the ask.
    case learning(index: Int, suggested: String)
    /// The founder's ask; `attempt` counts from 1.
    case ask(attempt: Int)
    /// The founder's reading of the persona's reply.
    case reading
    /// Whether to ask again in the same scene.
    case again
  }

  /// What happened, for a presenter to show.
  public enum Event: Equatable, Sendable {
    case scene(Persona)
    /// The founder's question when they took the suggested one.
    case founderAsks(String)
    case personaSays(String)
    /// What the question checker found in the founder's own learning question.
    case questionFeedback([String])
    case askGraded(AskAssessment)
    /// The input was not usable; the same prompt stands.
    case problem(String)
    case card(PracticeCard)
    case finished
  }

  public let persona: Persona
  public private(set) var prompt: Prompt?
  public private(set) var attempts: [PracticeAttempt] = []
  private let grader: any AskGrading
  private let interpreter: any ReplyInterpreting
  private let questionChecker: (any QuestionChecking)?
  private let clock: @Sendable () -> Date
  private var pending: (ask: String, assessment: AskAssessment, reply: Persona.Reply)?

  public init(
    persona: Persona, grader: any AskGrading, interpreter: any ReplyInterpreting,
    questionChecker: (any QuestionChecking)? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.persona = persona
    self.grader = grader
    self.interpreter = interpreter
    self.questionChecker = questionChecker
    self.clock = clock
  }

  /// Opens the scene.
  public mutating func start() -> [Event] {
    prompt = learningPrompt(0)
    return [.scene(persona)]
  }

  /// Takes the founder's line for the current prompt.
  ///
  /// - Returns: The events it caused; `prompt` then names the next input, or is nil at the end.
  public mutating func answer(_ line: String) -> [Event] {
    let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
    switch prompt {
    case .learning(let index, let suggested):
      return learn(text, index: index, suggested: suggested)
    case .ask:
      return ask(text)
    case .reading:
      return read(text)
    case .again:
      return again(text)
    case nil:
      return []
    }
  }

  private func learningPrompt(_ index: Int) -> Prompt {
    guard index < persona.learning.count else { return .ask(attempt: 1) }
    return .learning(index: index, suggested: persona.learning[index].ask)
  }

  private mutating func learn(_ text: String, index: Int, suggested: String) -> [Event] {
    if text.lowercased() == "skip" || text.lowercased() == ":skip" {
      prompt = .ask(attempt: 1)
      return []
    }
    var events: [Event] = []
    if text.isEmpty {
      events.append(.founderAsks(suggested))
    } else if let hints = questionChecker?.check(question: text), !hints.isEmpty {
      events.append(.questionFeedback(hints))
    }
    events.append(.personaSays(persona.learning[index].answer))
    prompt = learningPrompt(index + 1)
    return events
  }

  private mutating func ask(_ text: String) -> [Event] {
    guard !text.isEmpty else {
      return [.problem("type the ask you would make, in your own words")]
    }
    var assessment = grader.grade(ask: text, stage: persona.stage)
    // The persona's nature can make an ask too big even where the stage would allow it.
    if assessment.grade != .weak, !assessment.isOversized,
      let phrase = persona.tooBigPhrase(in: text)
    {
      assessment.isOversized = true
      assessment.missing.append(
        "right size: \u{201C}\(phrase)\u{201D} is more than \(PracticeText.firstName(persona.name))"
          + " will give before trusting you; ask for a smaller first step")
    }
    let reply = persona.reply(to: assessment.quality)
    pending = (text, assessment, reply)
    prompt = .reading
    return [.askGraded(assessment), .personaSays(reply.text)]
  }

  private mutating func read(_ text: String) -> [Event] {
    guard let pending else { return [] }
    let given: Reading
    do {
      given = try ReadingAnswer.parse(text)
    } catch {
      return [.problem(error.message)]
    }
    let interpreted = interpreter.interpret(pending.reply.text)
    let grade = ReadingGrade(given: given, expected: interpreted.reading)
    let card = PracticeCard(
      ask: pending.ask, assessment: pending.assessment, reply: pending.reply.text,
      reading: grade, reasons: interpreted.reasons,
      betterWording: pending.assessment.betterWording, exampleAsk: persona.betterAsk,
      lesson: persona.lesson)
    attempts.append(
      PracticeAttempt(
        date: clock(), persona: persona.id, askGrade: pending.assessment.grade,
        askScore: pending.assessment.score, quality: pending.assessment.quality,
        readingScore: grade.score))
    self.pending = nil
    prompt = .again
    return [.card(card)]
  }

  private mutating func again(_ text: String) -> [Event] {
    switch text.lowercased() {
    case "y", "yes", "again":
      prompt = .ask(attempt: attempts.count + 1)
      return []
    case "", "n", "no", "q", "quit", "done":
      prompt = nil
      return [.finished]
    default:
      return [.problem("type y to ask again in this scene, or n to finish")]
    }
  }
}
