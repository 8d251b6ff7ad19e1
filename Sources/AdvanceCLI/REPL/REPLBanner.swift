import Foundation
import Journal

/// What the REPL says under its title: the agenda in one to three lines, nothing when there
/// is nothing to say or no journal yet (one is never created for it).
enum REPLBanner {
  static func agendaLines(context: CommandContext) -> [String] {
    guard let path = context.journalPath, FileManager.default.fileExists(atPath: path) else {
      return []
    }
    let rules: AgendaRules
    do {
      rules = try context.agendaRules(printing: false)
    } catch {
      context.console.warning(
        "config.yaml: 'check' says what is wrong; the banner uses the defaults")
      rules = AgendaRules()
    }
    // One read-only connection; a journal that cannot be read now, or needs migrating, is for
    // the first command that opens it to deal with.
    guard
      let agenda = JournalStore.agendaIfReadable(path: path, today: context.today, rules: rules)
    else { return [] }
    return AgendaPresenter(agenda: agenda, style: context.console.style)
      .banner(width: context.console.width ?? 80)
  }
}
