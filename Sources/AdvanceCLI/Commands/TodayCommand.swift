import ArgumentParser
import Journal

/// `advance today [--json]`: the day's agenda.
struct TodayCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "today",
    abstract: "Today's agenda: meetings today and tomorrow, debriefs to write, steps due, "
      + "leads gone quiet.",
    discussion: """
      Meetings come from prep's 'when' answer. Steps due today or overdue are yours first, then \
      theirs. How long a lead may stay quiet, and how soon it needs a dated step, is set per \
      stage in $XDG_CONFIG_HOME/advance/config.yaml ('advance check' checks it).
      """
  )

  @OptionGroup var global: GlobalOptions

  @Flag(help: "Print the agenda as JSON: {today, meetings, debriefs_to_write, due, quiet}.")
  var json = false

  func run(in context: CommandContext) throws {
    let agenda = try context.agenda(rules: try context.agendaRules())
    if json {
      context.console.line(try JournalJSON.text(JournalJSON.AgendaDocument(agenda)))
      return
    }
    for line in AgendaPresenter(agenda: agenda, style: context.console.style).lines() {
      context.console.line(line)
    }
  }
}
