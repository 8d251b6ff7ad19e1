import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary
import Workflow

extension CommandContext {
  /// The journal file: `--journal`, else `$ADVANCE_JOURNAL`, else the XDG data folder.
  var journalPath: String? {
    options.journal ?? JournalLocation.resolve(environment: environment)
  }

  /// The founder's today: `$ADVANCE_TODAY` (YYYY-MM-DD, for scripts and tests), else the clock.
  var today: JournalDay {
    environment["ADVANCE_TODAY"].flatMap(JournalDay.init) ?? JournalDay(Date())
  }

  /// The moment dates like "tomorrow 3pm" count from: nine in the morning of `$ADVANCE_TODAY`
  /// when it is set, else now.
  var now: Date {
    guard let today = environment["ADVANCE_TODAY"].flatMap(JournalDay.init),
      let date = Calendar.current.date(
        from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 9))
    else { return Date() }
    return date
  }

  /// Opens the journal, or fails with exit status 3 and a one-line reason naming the file.
  func openJournal() throws(CommandFailure) -> JournalStore {
    guard let path = journalPath else {
      throw CommandFailure(
        "no journal path: set HOME, XDG_DATA_HOME or ADVANCE_JOURNAL, or pass --journal",
        status: 3)
    }
    let journal = JournalStore(path: path)
    do {
      try journal.open()
      // Debriefs stored before v5 are judged again from their answers, once.
      if try journal.needsRejudging() {
        let lexicon: Lexicon
        do {
          lexicon = try self.lexicon()
        } catch let failure as CommandFailure {
          throw failure
        } catch {
          throw CommandFailure("cannot load the lexicon: \(error)")
        }
        try MeetingRecord(lexicon: lexicon, context: AnswerContext(now: now))
          .rejudgeWaiting(in: journal)
      }
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure("\(error)", status: 3)
    }
    return journal
  }

  /// Runs a journal operation, turning its errors into exit status 3 (1 for a refused change).
  func withJournal<T>(_ body: (JournalStore) throws(JournalError) -> T) throws(CommandFailure) -> T
  {
    let journal = try openJournal()
    defer { journal.close() }
    do {
      return try body(journal)
    } catch {
      throw CommandFailure(error.description, status: error.isRefusal ? 1 : 3)
    }
  }

  /// The lead a founder named, by a unique prefix of the name; fails with the candidates.
  func lead(named query: String, in journal: JournalStore) throws -> Lead {
    switch try journal.findLead(query) {
    case .found(let lead):
      return lead
    case .none:
      throw CommandFailure("no lead matches '\(query)'; 'leads' lists them")
    case .ambiguous(let leads):
      let names = leads.map { VisibleText.of($0.name) }.sorted().joined(separator: ", ")
      throw CommandFailure("'\(query)' matches several leads: \(names)")
    }
  }

  /// The lead a wizard is about: the one the name matches, or a new lead of that name.
  ///
  /// A new name close to a lead's (`NameMatch`: `Jordon` for `Jordan`) is a likely typo: at a
  /// terminal the founder is asked whether they meant that lead; without one nothing is guessed
  /// and nothing added.
  ///
  /// - Throws: `CommandFailure` when the name starts several leads' names, or is close to a
  ///   lead's without a terminal to ask at, or the founder left the question; `JournalError`.
  func findOrAddLead(_ name: String, in journal: JournalStore) throws -> Lead {
    let (lead, isNew) = try findOrMeetLead(name, in: journal)
    return isNew ? try journal.addLead(lead) : lead
  }

  /// The lead named `name`, as `findOrAddLead` finds it, but a new lead is only made, not yet
  /// added: a wizard adds it with its first answer, so one left before any answer leaves no
  /// lead behind (and the first question waits for no write).
  ///
  /// - Returns: The lead, and whether it is new (not in the journal yet).
  func findOrMeetLead(_ name: String, in journal: JournalStore) throws -> (Lead, isNew: Bool) {
    switch try journal.findLead(name) {
    case .found(let lead):
      return (lead, false)
    case .none:
      if let meant = try leadMeant(by: name, in: journal) { return (meant, false) }
      console.line(console.style.paint("New lead: \(VisibleText.of(name))", .dim))
      return (Lead(name: name), true)
    case .ambiguous(let leads):
      let names = leads.map { VisibleText.of($0.name) }.sorted().joined(separator: ", ")
      throw CommandFailure("'\(name)' matches several leads: \(names); type more of the name")
    }
  }

  /// The lead the founder meant by a name no lead has, when a lead's name is close to it.
  ///
  /// - Returns: The lead the founder chose, or `nil` to add `name` as a new lead.
  /// - Throws: `CommandFailure` when a lead is close and there is no terminal to ask at, or the
  ///   founder left the question with Ctrl-C or Ctrl-D; `JournalError`.
  private func leadMeant(by name: String, in journal: JournalStore) throws -> Lead? {
    let close = try journal.leads(closeTo: name)
    guard !close.isEmpty else { return nil }
    let typed = VisibleText.of(name)
    guard lineReader.isInteractive else {
      let names = Wording.alternatives(close.map { "'" + VisibleText.of($0.name) + "'" })
      throw CommandFailure(
        "no lead named '\(typed)'; did you mean \(names)? Use the exact name, or add it first "
          + "with: advance lead \(VisibleText.of(ShellQuoting.quoted(name))) --add")
    }
    for (index, lead) in close.enumerated() {
      let question =
        (index == 0 ? "No lead named '\(typed)'. " : "") + "Did you mean \(lead.label)? [Y/n]"
      switch confirm(question, defaultAnswer: true) {
      case true?: return lead
      case false?: continue
      case nil: throw CommandFailure("no lead chosen for '\(typed)'; nothing was added")
      }
    }
    return nil
  }

  /// Lead names for Tab, or none when the journal cannot be opened.
  func leadNamesForCompletion() -> [String] {
    guard let journal = try? openJournal() else { return [] }
    defer { journal.close() }
    return (try? journal.leadNames()) ?? []
  }
}
