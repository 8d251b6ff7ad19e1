import ArgumentParser
import Journal
import Scoring
import Workflow

/// `advance review [--week|--month|--since DATE] [--json] [--html -o FILE]`.
struct ReviewCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "review",
    abstract: "How the week (or month) went against the one before: meetings, verdicts, promises.",
    discussion: """
      Meetings held and how many advanced, the judge's verdicts, promises kept and broken \
      (yours and theirs), your asks' grades, facts against compliments in your notes, and \
      earlyvangelists found: the last 7 days (--week, the default), 30 days (--month) or the \
      days since DATE, each against as many days before. --html writes a page to send a \
      co-founder: charts drawn in the page itself, no scripts, fit to print.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "The last 7 days (the default).")
  var week = false

  @Flag(help: "The last 30 days.")
  var month = false

  @Option(
    help: ArgumentHelp("From this day to today (e.g. 'Nov 1', 'last monday').", valueName: "date"))
  var since: String?

  @Flag(help: "Print both periods' figures as JSON.")
  var json = false

  @Flag(help: "Write a self-contained HTML page (to -o FILE, else the output).")
  var html = false

  @Option(name: [.customShort("o"), .long], help: "Write the page to this file.")
  var output: String?

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    ["--week", "--month", "--since", "--json", "--html", "-o"]
  }

  func validate() throws {
    if [week, month, since != nil].count(where: { $0 }) > 1 {
      throw ValidationError("Choose one period: --week, --month or --since DATE")
    }
    if json && html {
      throw ValidationError("Choose one output: --json or --html")
    }
    if output != nil && !html {
      throw ValidationError("-o writes the HTML page: add --html")
    }
  }

  func run(in context: CommandContext) throws {
    let today = context.today
    var days = month ? 30 : 7
    if let since {
      let first = try context.day(since, option: "--since")
      guard first <= today else {
        throw CommandFailure("--since: that day is after today", status: 2)
      }
      days = first.days(to: today) + 1
    }
    let periods = PeriodReview.periods(days: days, through: today)
    let (current, previous) = try context.withJournal { journal throws(JournalError) in
      (
        try journal.periodFigures(from: periods.current.0, through: periods.current.1),
        try journal.periodFigures(from: periods.previous.0, through: periods.previous.1)
      )
    }
    let review = PeriodReview(
      current: current, previous: previous, grader: AskGrader(lexicon: try context.lexicon()))
    if json {
      context.console.line(try JournalJSON.text(ReviewJSON(review)))
      return
    }
    if html {
      let page = ReviewPage(review: review, thisYear: today.year).html()
      guard let output else {
        context.console.write(page)
        return
      }
      do {
        try PrivateFile.writeAtomically(page, to: output)
      } catch {
        throw CommandFailure("cannot write \(error)")
      }
      context.console.line("wrote \(output)")
      return
    }
    let presenter = ReviewPresenter(
      review: review, style: context.console.style,
      charts: context.console.style.isEnabled && !context.isAccessible, thisYear: today.year)
    for line in presenter.lines() {
      context.console.line(line)
    }
  }
}
