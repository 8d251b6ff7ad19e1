import ArgumentParser
import Foundation
import Journal
import Vocabulary

/// `advance lead NAME [--company C] [--role R] [--stage S] [--rename NEW] [--merge-into OTHER]
/// [--delete] [--yes] [--add]`: one lead, shown or changed.
struct LeadCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "lead",
    abstract: "One lead: show it, add it, set its company, role or stage, rename, merge, delete.",
    discussion: """
      Stages:
      \(LeadCommand.stageList)
      Won, lost and parked leads leave the to-act list of 'leads'.

      --merge-into is for one person added twice ('Jordon', 'Jordan'): every \
      meeting, answer and step moves to the other lead, then this one is deleted.
      --delete takes the lead's meetings and steps with it. Both ask first at a \
      terminal; in a script, add --yes.
      """
  )

  /// Each stage on a line of its own, with what it means.
  static var stageList: String {
    LeadStage.allCases.map { stage in
      "  " + stage.rawValue + String(repeating: " ", count: 10 - stage.rawValue.count)
        + stage.summary
    }.joined(separator: "\n")
  }

  /// The longest name, company or role: what the wizards and an import take.
  static let longest = 120

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("The lead's name, or the start of it.", valueName: "name"))
  var name: [String]

  @Option(help: ArgumentHelp("Their company.", valueName: "company"))
  var company: String?

  @Option(help: ArgumentHelp("Their role at the company.", valueName: "role"))
  var role: String?

  @Option(
    help: ArgumentHelp(
      "Where they stand; won, lost and parked leave the to-act list.", valueName: "stage"))
  var stage: LeadStage?

  @Option(help: ArgumentHelp("A new name for the lead.", valueName: "new-name"))
  var rename: String?

  @Option(
    name: .customLong("merge-into"),
    help: ArgumentHelp("Move everything to this lead, then delete this one.", valueName: "other"))
  var mergeInto: String?

  @Flag(help: "Delete the lead with its meetings, answers and steps.")
  var delete = false

  @Flag(help: "Do not ask before --delete or --merge-into (needed without a terminal).")
  var yes = false

  @Flag(help: "Add NAME as a new lead, with the company, role and stage given.")
  var add = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    switch precedingWords.last {
    case nil, "--merge-into": return context.leadNamesForCompletion()
    case "--stage": return LeadStage.allCases.map(\.rawValue)
    case "--company", "--role", "--rename": return []
    default:
      return [
        "--company", "--role", "--stage", "--rename", "--merge-into", "--delete", "--yes", "--add",
      ]
    }
  }

  var typedName: String { name.joined(separator: " ").trimmingCharacters(in: .whitespaces) }

  var changesFields: Bool { company != nil || role != nil || stage != nil || rename != nil }

  func validate() throws {
    guard !typedName.isEmpty else { throw ValidationError("Name the lead: lead NAME") }
    if delete && (changesFields || mergeInto != nil || add) {
      throw ValidationError("--delete goes alone: delete the lead, or change it")
    }
    if mergeInto != nil && (changesFields || add) {
      throw ValidationError("--merge-into goes alone: change the other lead once merged")
    }
    if add && rename != nil {
      throw ValidationError("--add and --rename: add the lead under the name you want")
    }
    if let rename, rename.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--rename needs a name")
    }
    let texts = [
      ("name", add ? typedName : nil), ("--rename", rename), ("--company", company),
      ("--role", role),
    ]
    for case (let what, let text?) in texts {
      if text.count > Self.longest {
        throw ValidationError("\(what) is too long: at most \(Self.longest) characters")
      }
      if text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
        throw ValidationError("\(what) must be one line, without control characters")
      }
    }
  }

  func run(in context: CommandContext) throws {
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      if add {
        try addLead(in: journal, context: context)
        return
      }
      let lead = try Self.find(typedName, in: journal, exact: delete || mergeInto != nil)
      if delete {
        try deleteLead(lead, in: journal, context: context)
      } else if let mergeInto {
        try merge(lead, into: mergeInto, in: journal, context: context)
      } else {
        try change(lead, in: journal, context: context)
      }
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: error.isRefusal ? 1 : 3)
    }
  }

  private func addLead(in journal: JournalStore, context: CommandContext) throws {
    if let existing = try journal.lead(named: typedName) {
      throw CommandFailure(
        "there is already a lead named '\(VisibleText.of(existing.name))' (to see it: "
          + "advance lead \(VisibleText.of(ShellQuoting.quoted(existing.name))))")
    }
    let lead = try journal.addLead(
      Lead(name: typedName, company: company ?? "", role: role ?? "", stage: stage ?? .new))
    context.console.line("Added \(lead.label).")
    try show(lead.id, in: journal, context: context)
  }

  private func change(_ lead: Lead, in journal: JournalStore, context: CommandContext) throws {
    if let rename {
      do {
        try journal.renameLead(lead.id, to: rename)
      } catch {
        guard case .refused(_, .nameTaken(let other)) = error else { throw error }
        let taken = try journal.lead(id: other)?.name ?? rename
        throw CommandFailure(
          "there is already a lead named '\(VisibleText.of(taken))'; if they are one person: "
            + "advance lead \(VisibleText.of(ShellQuoting.quoted(lead.name))) --merge-into "
            + VisibleText.of(ShellQuoting.quoted(taken)))
      }
    }
    if company != nil || role != nil || stage != nil {
      try journal.changeLead(lead.id, company: company, role: role, stage: stage)
    }
    try show(lead.id, in: journal, context: context)
  }

  private func deleteLead(_ lead: Lead, in journal: JournalStore, context: CommandContext) throws {
    guard let summary = try journal.leadSummary(id: lead.id) else {
      throw CommandFailure("'\(VisibleText.of(lead.name))' was deleted meanwhile")
    }
    let what = lead.label
    let held =
      summary.meetings == 0 && summary.steps == 0
      ? nil
      : "\(Wording.count(summary.meetings, "meeting")), \(Wording.count(summary.steps, "step"))"
    guard
      try confirm(
        "Delete \(what)\(held.map { " and " + $0 } ?? "")? [y/N]", flag: "--delete",
        context: context)
    else {
      context.console.line("Nothing was deleted.")
      return
    }
    try journal.deleteLead(lead.id)
    context.console.line("Deleted \(what)\(held.map { " with " + $0 } ?? "").")
  }

  private func merge(
    _ lead: Lead, into query: String, in journal: JournalStore, context: CommandContext
  ) throws {
    let target = try Self.find(query, in: journal, exact: false)
    guard target.id != lead.id else {
      throw CommandFailure(
        "'\(VisibleText.of(query))' is the same lead; name another to merge into")
    }
    guard let summary = try journal.leadSummary(id: lead.id) else {
      throw CommandFailure("'\(VisibleText.of(lead.name))' was deleted meanwhile")
    }
    let moved =
      "\(Wording.count(summary.meetings, "meeting")), \(Wording.count(summary.steps, "step"))"
    let from = VisibleText.of(lead.name)
    guard
      try confirm(
        "Move \(from)'s \(moved) to \(target.label) and delete \(from)? [y/N]",
        flag: "--merge-into", context: context)
    else {
      context.console.line("Nothing was merged.")
      return
    }
    let merged = try journal.mergeLead(lead.id, into: target.id)
    context.console.line("Merged \(from) into \(merged.label): \(moved) moved.")
    try show(merged.id, in: journal, context: context)
  }

  /// At a terminal the founder's answer; without one, `--yes` or an error.
  private func confirm(_ question: String, flag: String, context: CommandContext) throws -> Bool {
    if yes { return true }
    guard context.lineReader.isInteractive else {
      throw CommandFailure(
        "\(flag) asks first, and there is no terminal to ask at; add --yes to go ahead")
    }
    return context.confirm(question, defaultAnswer: false) ?? false
  }

  private func show(_ id: String, in journal: JournalStore, context: CommandContext) throws {
    guard let summary = try journal.leadSummary(id: id) else { return }
    for line in Self.card(summary, style: context.console.style) {
      context.console.line(line)
    }
  }

  /// The lead as `advance lead NAME` prints it: its name, then one labelled line a field.
  static func card(_ summary: LeadSummary, style: TerminalStyle) -> [String] {
    let lead = summary.lead
    let stage = lead.stage
    func field(_ label: String, _ value: String) -> String {
      "  " + label + String(repeating: " ", count: max(1, 12 - label.count)) + value
    }
    return [
      style.paint(VisibleText.of(lead.name), .bold),
      field("company", lead.company.isEmpty ? "-" : VisibleText.of(lead.company)),
      field("role", lead.role.isEmpty ? "-" : VisibleText.of(lead.role)),
      field(
        "stage",
        "\(stage.rawValue) — \(stage.summary)" + (stage.isClosed ? " (off the to-act list)" : "")),
      field(
        "meetings",
        "\(summary.meetings)"
          + (summary.meetings == 0
            ? "" : " (\(Wording.count(summary.debriefs, "finished debrief")))")),
      field(
        "open steps", "\(summary.openSteps)" + (summary.steps == 0 ? "" : " of \(summary.steps)")),
    ]
  }

  /// The lead NAME means: an exact name, else (unless `exact`) a unique start of one.
  ///
  /// - Throws: `CommandFailure` naming the close leads when none matches, or the candidates
  ///   when several do.
  static func find(_ query: String, in journal: JournalStore, exact: Bool) throws -> Lead {
    if let lead = try journal.lead(named: query) { return lead }
    let typed = VisibleText.of(query)
    switch try journal.findLead(query) {
    case .found(let lead) where !exact:
      return lead
    case .found(let lead):
      throw CommandFailure(
        "no lead is named '\(typed)'; --delete and --merge-into need the full name "
          + "('\(VisibleText.of(lead.name))')")
    case .ambiguous(let leads):
      let names = leads.map { VisibleText.of($0.name) }.sorted().joined(separator: ", ")
      throw CommandFailure("'\(typed)' matches several leads: \(names); type more of the name")
    case .none:
      let close = try journal.leads(closeTo: query).map { "'" + VisibleText.of($0.name) + "'" }
      let add = "(to add it: advance lead \(VisibleText.of(ShellQuoting.quoted(query))) --add)"
      guard !close.isEmpty else {
        throw CommandFailure("no lead named '\(typed)'; 'leads' lists them \(add)")
      }
      throw CommandFailure(
        "no lead named '\(typed)'; did you mean \(Wording.alternatives(close))? \(add)")
    }
  }
}
