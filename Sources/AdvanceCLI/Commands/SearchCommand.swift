import ArgumentParser
import Journal
import Vocabulary

/// `advance search TEXT [--lead NAME] [--stage S] [--since DATE] [--until DATE] [--json]`.
struct SearchCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "search",
    abstract: "Find the meetings and steps that mention some words: notes, replies, asks, steps.",
    discussion: """
      The words are found together, in order, in any case and without accents ('soc 2' finds \
      'SOC 2'). Newest first, at most 50; narrow with --lead, --stage, --since and --until.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The words to find.", valueName: "text"))
  var text: [String] = []

  @Option(help: ArgumentHelp("Only this lead's meetings and steps.", valueName: "name"))
  var lead: String?

  @Option(help: ArgumentHelp("Only leads at this stage now.", valueName: "stage"))
  var stage: LeadStage?

  @Option(help: ArgumentHelp("Only from this day on (e.g. monday, Nov 30).", valueName: "date"))
  var since: String?

  @Option(help: ArgumentHelp("Only up to this day.", valueName: "date"))
  var until: String?

  @Flag(help: "Print the hits as JSON: [{kind, lead, company, stage, day, snippet, …}].")
  var json = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    if precedingWords.last == "--lead" { return context.leadNamesForCompletion() }
    if precedingWords.last == "--stage" { return LeadStage.allValueStrings }
    return ["--lead", "--stage", "--since", "--until", "--json"]
  }

  func validate() throws {
    guard text.joined().contains(where: { $0.isLetter || $0.isNumber }) else {
      throw ValidationError("Give the words to find: search TEXT (e.g. search soc 2)")
    }
  }

  func run(in context: CommandContext) throws {
    let from = try since.map { text throws(CommandFailure) in
      try context.day(text, option: "--since")
    }
    let through = try until.map { text throws(CommandFailure) in
      try context.day(text, option: "--until")
    }
    let journal = try context.openJournal()
    defer { journal.close() }
    let leadId = try lead.map { try context.lead(named: $0, in: journal).id }
    let query = SearchQuery(
      text: text.joined(separator: " "), leadId: leadId, stage: stage, from: from,
      through: through)
    let hits: [SearchHit]
    do {
      hits = try journal.search(query)
    } catch {
      throw CommandFailure(error.description, status: 3)
    }
    if json {
      context.console.line(try JournalJSON.text(hits.map(JournalJSON.SearchLine.init)))
      return
    }
    Self.print(hits, limit: query.limit, context: context)
  }

  /// A snippet made safe to print, its matches in bold (in `**` without colour).
  static func highlighted(_ snippet: String, style: TerminalStyle) -> String {
    var text = ""
    var inMatch = false
    var piece = ""
    func flush() {
      let visible = VisibleText.of(piece)
      if inMatch {
        text += style.isEnabled ? style.paint(visible, .bold) : "**" + visible + "**"
      } else {
        text += visible
      }
      piece = ""
    }
    for character in snippet {
      switch character {
      case SearchHit.matchStart:
        flush()
        inMatch = true
      case SearchHit.matchEnd:
        flush()
        inMatch = false
      case "\n", "\r", "\t":
        piece.append(" ")
      default:
        piece.append(character)
      }
    }
    flush()
    return text
  }

  static func print(_ hits: [SearchHit], limit: Int, context: CommandContext) {
    let console = context.console
    guard !hits.isEmpty else {
      console.line("No meeting or step mentions that.")
      return
    }
    for hit in hits {
      let lead = VisibleText.of(
        hit.leadCompany.isEmpty ? hit.leadName : "\(hit.leadName) (\(hit.leadCompany))")
      console.line(
        console.style.paint("\(hit.day.label(thisYear: context.today.year))  \(lead)", .bold)
          + ", \(hit.leadStage.rawValue) · \(hit.kind.label)")
      console.line("  " + highlighted(hit.snippet, style: console.style))
    }
    let count = hits.count == 1 ? "1 match" : "\(hits.count) matches"
    console.line(
      hits.count == limit ? "\(count), the newest; narrow it to see older ones." : count + ".")
  }
}

extension SearchHit.Kind {
  /// How a hit's kind reads in a list.
  var label: String {
    switch self {
    case .note: "notes"
    case .reply: "their reply"
    case .ask: "your ask"
    case .plannedAsk: "the planned ask"
    case .step: "next step"
    }
  }
}
