import ArgumentParser
import Journal
import Practice

/// `advance practice [PERSONA]`: role-play the push with a scripted prospect.
struct PracticeCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "practice",
    abstract: "Role-play the push with a scripted prospect: make your ask, then read the reply.",
    discussion: "Without a persona, lists them and asks which. '--stats' shows how your asks and"
      + " your readings of replies have moved over time."
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp(
      "The prospect to practise on, such as 'skeptic' (Tab completes).", valueName: "persona"))
  var persona: String?

  @Flag(help: "Show how your asks and readings have improved over time.")
  var stats = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    guard precedingWords.isEmpty else { return [] }
    return PracticePrompts(context: context).personaNames + ["--stats"]
  }

  func run(in context: CommandContext) throws {
    let prompts = PracticePrompts(context: context)
    if stats {
      try context.withProgressStore { store in
        for line in PracticeStats(try store.load()).lines {
          context.console.line(line)
        }
      }
      return
    }
    let names = prompts.personaNames
    guard let id = try persona ?? choose(from: names, prompts: prompts, context: context) else {
      return
    }
    guard names.contains(id) else {
      throw CommandFailure(
        "no persona '\(id)'; choose one of: " + names.joined(separator: ", "))
    }
    let persona = try prompts.persona(id)
    let (grader, interpreter, questions) = try prompts.scorers()
    var round = PracticeRound(
      persona: persona, grader: grader, interpreter: interpreter, questionChecker: questions)
    let reader = context.lineReader
    let saved = reader.completionProvider
    reader.completionProvider = ClosureCompletionProvider { _ in Self.readingWords }
    defer { reader.completionProvider = saved }
    // Each attempt is committed to the journal as soon as its reading is graded.
    let finished = try context.withProgressStore { store in
      try PracticeDriver.run(
        &round, read: { Self.readAnswer(from: reader, prompt: $0) },
        write: { context.console.line(context.console.fit($0)) }, store: store)
    }
    if !finished {
      let count = round.attempts.count
      context.console.line(
        count == 0
          ? "Practice stopped before an ask."
          : "Practice stopped; \(count == 1 ? "your ask is" : "your \(count) asks are") kept.")
    }
  }

  /// What Tab offers while practising: the words of a reading.
  static let readingWords = ["commitment", "hedge", "rejection", "time", "reputation", "money"]

  /// The founder's next line, or nil when they cancel or input ends.
  static func readAnswer(from reader: any LineReader, prompt: String) -> String? {
    switch reader.readLine(prompt: prompt, kind: .answer) {
    case .line(let line): return line
    case .interrupted, .endOfInput: return nil
    }
  }

  private func choose(from names: [String], prompts: PracticePrompts, context: CommandContext)
    throws -> String?
  {
    context.console.line("Who do you want to practise on?")
    for name in names {
      let persona = try prompts.persona(name)
      let who = VisibleText.of("\(persona.name), \(persona.role), \(persona.company)")
      context.console.line(
        "  \(name.padding(toLength: 16, withPad: " ", startingAt: 0))"
          + (context.console.width.map { TextWrap.hanging(who, width: $0 - 1, indent: 18) } ?? who))
    }
    let reader = context.lineReader
    let saved = reader.completionProvider
    reader.completionProvider = ClosureCompletionProvider { _ in names }
    defer { reader.completionProvider = saved }
    while true {
      guard let line = Self.readAnswer(from: reader, prompt: "persona> ") else { return nil }
      let typed = line.trimmingCharacters(in: .whitespaces)
      if typed.isEmpty { continue }
      let matches = names.filter { $0.hasPrefix(typed) }
      if names.contains(typed) { return typed }
      if matches.count == 1 { return matches[0] }
      context.console.line(context.console.fit("type one of: " + names.joined(separator: ", ")))
    }
  }
}
