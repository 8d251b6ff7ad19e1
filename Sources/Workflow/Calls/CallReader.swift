import Calls
import Foundation
import PromptKit
import Scoring
import Vocabulary

/// Reads a call's transcript with the judge as it is: the founder's questions through the
/// question checker, the prospect's sentences through the notes reader, the ask through the
/// ask grader, the reply through the interpreter, and the steps through the step reader.
///
/// Only the finding of things in the call is done here: which turn is the ask (a request for
/// something that costs them, late in the call), which is the reply (the prospect's words until
/// the founder speaks again), and which sentences of the closing turns are steps.
public struct CallReader: Sendable {
  /// The phrases.
  public let lexicon: Lexicon
  private let questions: QuestionChecker
  private let notes: NotesReader
  private let grader: AskGrader
  private let interpreter: Interpreter
  private let steps: StepReader

  /// Creates a reader.
  public init(lexicon: Lexicon, models: JudgeModels = .bundled) {
    self.lexicon = lexicon
    questions = QuestionChecker(lexicon: lexicon, models: models)
    notes = NotesReader(lexicon: lexicon, models: models)
    grader = AskGrader(lexicon: lexicon, models: models)
    interpreter = Interpreter(lexicon: lexicon, models: models)
    steps = StepReader(lexicon: lexicon, models: models)
  }

  /// Reads a call.
  ///
  /// - Parameters:
  ///   - transcript: The call.
  ///   - parties: Who is on the founder's side.
  ///   - stage: The stage to grade the ask for.
  ///   - day: The day of the call, which "tomorrow" and "Tuesday" count from.
  ///   - planned: The prep's planned questions, to say which were asked.
  /// - Returns: The reading.
  public func read(
    _ transcript: CallTranscript, parties: CallParties, stage: Stage, day: JournalDay,
    planned: [String] = []
  ) -> CallReading {
    let turns = transcript.turns
    let sides = turns.map { parties.side(of: $0.speaker) }
    let sentences = turns.map { CallSentences.split($0.text) }
    let askIndex = findAsk(turns, sides: sides, stage: stage)
    var ask: CallReading.Ask?
    var reply: CallReading.Reply?
    if let askIndex {
      let turn = turns[askIndex]
      // The founder's words up to the prospect's answer belong to the ask ("I'd bring a
      // laptop"), as a recording's cues often split one breath in two.
      let more = turns[(askIndex + 1)...].prefix { parties.side(of: $0.speaker) == .us }
      let text = ([turn] + more).map(\.text).joined(separator: " ")
      ask = CallReading.Ask(
        text: text, place: Self.place(turn), grade: grader.grade(text, stage: stage))
      let answer = turns[(askIndex + 1 + more.count)...].prefix {
        parties.side(of: $0.speaker) == .them
      }
      if let first = answer.first {
        let text = answer.map(\.text).joined(separator: " ")
        reply = CallReading.Reply(
          text: text, place: Self.place(first), interpretation: interpreter.interpret(text))
      }
    }
    var asked: [CallReading.Question] = []
    var heard: [CallReading.Note] = []
    var signs: [CallReading.Sign] = []
    var seenSigns: Set<String> = []
    for (index, turn) in turns.enumerated() where index != askIndex {
      for sentence in sentences[index] where Turn.words(in: sentence) >= 3 {
        if sides[index] == .us {
          guard sentence.hasSuffix("?") else { continue }
          let check = questions.checkOne(sentence)
          asked.append(
            CallReading.Question(text: sentence, place: Self.place(turn), flags: check.flags))
        } else {
          let reading = notes.read(sentence)
          guard let finding = reading.findings.first else { continue }
          heard.append(
            CallReading.Note(kind: finding.kind, text: sentence, place: Self.place(turn)))
          for sign in reading.earlyvangelist where seenSigns.insert(sign.sign).inserted {
            signs.append(CallReading.Sign(sign: sign.sign, text: sentence, place: Self.place(turn)))
          }
        }
      }
    }
    let context = AnswerContext(now: Self.noon(of: day))
    return CallReading(
      format: transcript.format, stage: stage,
      speakers: Self.shares(transcript, parties: parties),
      questions: asked, planned: Self.match(planned, in: asked), notes: heard, signs: signs,
      ask: ask, reply: reply,
      nextSteps: nextSteps(
        turns, sentences: sentences, sides: sides, askIndex: askIndex, reply: reply,
        context: context))
  }

  static func place(_ turn: Turn) -> CallReading.Place {
    CallReading.Place(time: turn.start, line: turn.line)
  }

  // MARK: Talk share

  /// Each speaker's share: of the speaking time when every turn is timed, else of the words.
  static func shares(_ transcript: CallTranscript, parties: CallParties) -> [CallReading.Speaker] {
    var words: [String: Int] = [:]
    var seconds: [String: Double] = [:]
    for turn in transcript.turns {
      words[turn.speaker, default: 0] += turn.wordCount
      if let start = turn.start, let end = turn.end {
        seconds[turn.speaker, default: 0] += Double(end.milliseconds - start.milliseconds) / 1000
      }
    }
    let timed = transcript.isTimed && seconds.values.reduce(0, +) > 0
    let totalWords = max(1, words.values.reduce(0, +))
    let totalSeconds = seconds.values.reduce(0, +)
    let speakers = transcript.speakers.map { name in
      CallReading.Speaker(
        name: name, side: parties.side(of: name),
        share: timed
          ? (seconds[name] ?? 0) / totalSeconds
          : Double(words[name] ?? 0) / Double(totalWords),
        words: words[name] ?? 0, seconds: timed ? seconds[name] ?? 0 : nil)
    }
    return speakers.enumerated().sorted {
      $0.element.share != $1.element.share
        ? $0.element.share > $1.element.share : $0.offset < $1.offset
    }.map(\.element)
  }

  // MARK: The ask

  /// Openings of a sentence that asks for something.
  private static let requestOpenerList = [
    "would you", "could you", "could we", "can we", "can you", "will you", "would it",
    "let's", "let\u{2019}s", "how about", "are you open", "are you willing", "would you be",
    "is it worth", "shall we", "do you want to", "what if we", "is this something",
  ]
  private static let requestOpeners = PhraseList(requestOpenerList)
  /// The same openers as whole words inside a sentence ("if we built it, would you pay?").
  private static let requestsInside = PhraseList(requestOpenerList, before: " ", after: " ")

  /// Words that announce the ask.
  private static let announcements = PhraseList([
    "my ask", "i'd like to propose", "i\u{2019}d like to propose", "what i'd propose",
    "here's what i'd like", "let me ask for something", "i want to ask for", "i'd like to ask for",
    "so here's the ask", "i'd propose", "like to ask", "like to propose", "here's the ask",
  ])

  /// Openings of the founder's own offer or a request for permission.
  private static let ownActions = PhraseList([
    "can i ask", "could i ask", "may i ask", "can i send", "could i send", "should i send",
    "if i ", "i'll ", "i\u{2019}ll ", "i can ", "i could ", "would it help if i", "shall i ",
    "want me to", "i will ", "we'll ", "we\u{2019}ll ", "we will ", "we can ",
    "would it be okay if i", "is it okay if i", "mind if i",
    "would it be ok if i", "is it ok if i", "would you mind if i",
  ])

  /// The founder's turn that asks for a next step.
  ///
  /// Of the turns that hold a request (a
  /// question or an opener such as "could we", "let's") naming something that costs them
  /// (a meeting, an introduction, a pilot, money), the one that weighs most, later turns
  /// weighing more. A founder turn the prospect answers is needed.
  func findAsk(_ turns: [Turn], sides: [Party], stage: Stage) -> Int? {
    var best: (index: Int, score: Double)?
    let count = Double(max(1, turns.count))
    for (index, turn) in turns.enumerated() where sides[index] == .us {
      // The prospect answers it, maybe after the founder's next few words.
      guard let answer = (index + 1..<turns.count).first(where: { sides[$0] == .them }),
        answer - index <= 3
      else { continue }
      let lower = turn.text.lowercased()
      // "Here's my ask", "I'd like to propose": the whole turn is the request.
      let announced = Self.announcements.occurs(in: lower)
      let requests = CallSentences.split(lower).filter { sentence in
        let opening = Self.opening(sentence)
        if Self.ownActions.opens(opening) { return false }
        if announced { return true }
        // "If we built it, would you pay…?": the question after a condition counts too.
        let yesNo =
          sentence.hasSuffix("?")
          && (Self.yesNoOpeners.opens(opening) || Self.requestsInside.occurs(in: sentence))
        return yesNo || Self.requestOpeners.opens(opening)
      }
      guard !requests.isEmpty else { continue }
      // Questions about what they did are the learning part of the call, not the push.
      let asking = requests.filter {
        !lexicon.analyze($0).hits(.commit).isEmpty || !questions.checkOne($0).asksAboutBehaviour
      }
      guard !asking.isEmpty else { continue }
      let analysis = lexicon.analyze(asking.joined(separator: " "))
      let commits = analysis.hits(.commit).filter { !$0.negated }
      let costs = Set(commits.flatMap { analysis.group(of: $0).currencies })
      let asks = analysis.hits(.closedAsk).count + analysis.hits(.openAsk).count
      let anchors = analysis.hits.filter { [.date, .time, .person, .amount].contains($0.role) }
      var score = Double(min(3, commits.count)) + Double(costs.count) + Double(min(2, asks))
      score += min(2, Double(anchors.count)) * 0.5 + (announced ? 2 : 0)
      // The grader tells "would you use an app like that?" (a hypothetical) from a real ask.
      if !commits.isEmpty { score += Double(grader.grade(turn.text, stage: stage).score) / 25 }
      let position = Double(index) / count
      // Learning questions come early, the ask late.
      score += position * 3
      if position < 0.3 { score -= 2 }
      guard score >= Self.askThreshold else { continue }
      if best.map({ score >= $0.score }) ?? true { best = (index, score) }
    }
    return best?.index
  }

  /// The least a turn must weigh to be taken for the ask.
  static let askThreshold = 2.0

  /// A sentence without the fillers that open it ("so", "um", "okay, and").
  static func opening(_ sentence: String) -> Substring {
    var rest = sentence[...]
    while let space = rest.firstIndex(of: " "), fillers.contains(rest[..<space]) {
      rest = rest[rest.index(after: space)...]
    }
    return rest
  }

  private static let fillers: Set<Substring> = [
    "so", "um", "uh", "okay", "ok", "and", "well", "right", "then", "great", "yeah", "and,",
    "so,", "um,", "okay,", "well,", "right,", "great,", "yeah,", "ha,", "ha.", "perfect,",
  ]

  /// Openings of a yes/no question.
  private static let yesNoOpeners = PhraseList([
    "would", "could", "can", "will", "is", "are", "do", "does", "shall", "should", "might",
    "may", "how about", "what if we", "are you",
  ])

  // MARK: Planned questions

  /// Each planned question and where the founder asked the closest thing to it.
  static func match(_ planned: [String], in asked: [CallReading.Question]) -> [CallReading
    .PlannedQuestion]
  {
    planned.map { question in
      let wanted = contentWords(question)
      var best: (place: CallReading.Place, overlap: Double)?
      for candidate in asked {
        let words = contentWords(candidate.text)
        let shared = wanted.intersection(words).count
        let overlap = Double(shared) / Double(max(1, min(wanted.count, words.count)))
        if shared >= 2, overlap >= 0.5, overlap > (best?.overlap ?? 0) {
          best = (candidate.place, overlap)
        }
      }
      return CallReading.PlannedQuestion(text: question, askedAt: best?.place)
    }
  }

  private static let stopWords: Set<String> = [
    "the", "a", "an", "and", "or", "to", "of", "in", "on", "for", "with", "you", "your", "we",
    "our", "i", "me", "my", "it", "is", "are", "was", "were", "do", "did", "does", "how",
    "what", "when", "who", "why", "that", "this", "have", "has", "had", "be", "can", "could",
    "would", "will", "so", "at", "about", "there", "they", "them", "their", "last", "any",
  ]

  /// The words of a text that carry its meaning (no short or common words), to match two
  /// wordings of the same thing.
  public static func contentWords(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init)
        .filter { $0.count > 2 && !stopWords.contains($0) })
  }

  // MARK: Next steps

  private static let actionVerbs: Set<String> = [
    "send", "forward", "share", "intro", "introduce", "book", "schedule", "set", "pull", "bring",
    "get", "sign", "pay", "review", "follow", "call", "email", "write", "put", "invite", "loop",
    "block", "try", "run", "test", "start", "kick", "prepare", "draft", "check", "talk", "ask",
    "confirm", "meet", "join", "walk", "demo", "show", "build", "set", "circle", "ping", "text",
    "reach", "connect", "grab", "dig", "export", "upload", "install", "mock", "wire", "transfer",
    "order", "buy", "deploy", "reply", "come", "hop", "jump",
  ]

  enum Subject: Equatable {
    case speaker, listener, other
  }

  private static let speakerMarkers = PhraseList([
    "i'll ", "i will ", "i'm going to ", "i am going to ", "i can ", "we'll ", "we will ",
    "we're going to ", "let me ", "i\u{2019}ll ", "we\u{2019}ll ", "on my end", "from my side",
    "on my side", "my team will ", "i'd be happy to ", "i'll get ",
  ])
  private static let listenerMarkers = PhraseList([
    "you'll ", "you will ", "you\u{2019}ll ", "you're going to ", "can you ",
  ])
  private static let otherMarkers = PhraseList([
    "he'll ", "she'll ", "they'll ", "he will ", "she will ", "they will ", "he\u{2019}ll ",
    "she\u{2019}ll ", "they\u{2019}ll ",
  ])

  /// Who a step sentence says will act, from its future marker.
  private static func subject(_ lower: String) -> Subject? {
    if speakerMarkers.startsWord(in: lower) { return .speaker }
    if listenerMarkers.startsWord(in: lower) { return .listener }
    if otherMarkers.startsWord(in: lower) { return .other }
    return nil
  }

  /// What a sentence of the closing turns is to the step finder.
  enum StepTest: Equatable {
    /// A step, and who the sentence says acts.
    case step(Subject)
    /// A question (a request is the ask's, not a step).
    case question
    /// No "I'll", "you'll", "she'll"…: nobody is said to act.
    case noFutureMarker
    /// Nobody is said to do any of the things steps are made of.
    case noActionVerb
    /// Offered on a condition ("if you want, I'll…").
    case conditional
  }

  /// Whether a sentence is a step: a statement with a future marker and an action verb, not
  /// offered on a condition.
  static func stepTest(_ sentence: String) -> StepTest {
    guard !sentence.hasSuffix("?") else { return .question }
    let lower = sentence.lowercased()
    guard let subject = subject(lower) else { return .noFutureMarker }
    let words = lower.split { !$0.isLetter && $0 != "'" }.map(String.init)
    guard words.contains(where: actionVerbs.contains) else { return .noActionVerb }
    guard !lower.hasPrefix("if "), !conditions.occurs(in: lower) else { return .conditional }
    return .step(subject)
  }

  /// The steps said in the closing turns.
  ///
  /// From the ask on (or the last quarter of the call), sentences with a future marker ("I'll", "you'll", "she'll") and an action verb, each
  /// owned by who acts (the speaker for "I", the other side for "you", the step reader for a
  /// third person); a reply that commits makes the ask itself their step. Due dates are read
  /// from the sentence, else from the other side's answer right after it.
  private func nextSteps(
    _ turns: [Turn], sentences: [[String]], sides: [Party], askIndex: Int?,
    reply: CallReading.Reply?, context: AnswerContext
  ) -> [CallReading.Step] {
    guard !turns.isEmpty else { return [] }
    let from = askIndex ?? (turns.count * 3 / 4)
    var found: [CallReading.Step] = []
    if let askIndex, let reply, reply.interpretation.verdict == .commitment {
      let request =
        CallSentences.split(turns[askIndex].text).last { $0.hasSuffix("?") }
        ?? turns[askIndex].text
      let due =
        Self.due(in: request, context: context) ?? Self.due(in: reply.text, context: context)
      // Said so, the step reader hears who acts: "Could we…" alone reads as a name.
      found.append(
        CallReading.Step(
          what: "They agreed: " + request, owner: .them, due: due, place: reply.place))
    }
    for index in from..<turns.count where index != askIndex {
      for sentence in sentences[index] {
        guard case .step(let subject) = Self.stepTest(sentence) else { continue }
        let owner: Party
        switch subject {
        case .speaker: owner = sides[index]
        case .listener: owner = sides[index] == .us ? .them : .us
        case .other: owner = steps.read(sentence).owner == .us ? sides[index] : .them
        }
        var due = Self.due(in: sentence, context: context)
        if due == nil, index + 1 < turns.count, sides[index + 1] != sides[index] {
          due = Self.due(in: turns[index + 1].text, context: context)
        }
        let step = CallReading.Step(
          what: sentence, owner: owner, due: due, place: Self.place(turns[index]))
        if !found.contains(where: { $0.what == step.what }) { found.append(step) }
      }
    }
    return found
  }

  /// A step offered on a condition ("I'll send it if you want").
  private static let conditions = PhraseList([" if you want"])

  /// Words for the day of the call.
  private static let today = PhraseList([
    "tonight", "this afternoon", "this evening", "later today", "end of day", "today",
  ])

  /// A due date said in a sentence; "tonight", "this afternoon" and "end of day" are the day
  /// of the call.
  static func due(in text: String, context: AnswerContext) -> DueDate? {
    // "Monday the nineteenth": the longest phrase says the most.
    if let match = DateParser(context: context).findAll(in: text).max(by: {
      $0.text.count < $1.text.count
    }), let due = DueDate(match.reading.iso) {
      return due
    }
    guard Self.today.occurs(in: text.lowercased()) else { return nil }
    return DueDate(JournalDay(context.now, timeZone: context.calendar.timeZone))
  }

  /// Midday of a day, in the current calendar: the moment dates in the call count from.
  static func noon(of day: JournalDay) -> Date {
    var components = DateComponents()
    components.year = day.year
    components.month = day.month
    components.day = day.day
    components.hour = 12
    return Calendar.current.date(from: components) ?? Date()
  }
}
