import ArgumentParser
import Journal

/// `advance followups [done|broken|cancel ID]`: promised next steps, overdue first.
struct FollowupsCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "followups",
    abstract: "Promised next steps, overdue first; 'followups done ID' marks one kept.",
    discussion: """
      A step counts as evidence about a lead only once it is marked done: deeds validate words. \
      At a terminal, the list offers to mark steps right away.
      """
  )

  enum Action: String, ExpressibleByArgument, CaseIterable {
    case done
    case broken
    case cancel

    var status: Commitment.Status {
      switch self {
      case .done: return .done
      case .broken: return .broken
      case .cancel: return .cancelled
      }
    }
  }

  @OptionGroup var global: GlobalOptions

  @Argument(help: "Mark a step: done, broken or cancel.")
  var action: Action?

  @Argument(help: ArgumentHelp("The step's id, or the start of it.", valueName: "id"))
  var id: String?

  @Flag(help: "Print the open steps as JSON: [{id, lead, what, owner, due, status}].")
  var json = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty ? Action.allCases.map(\.rawValue) : []
  }

  func validate() throws {
    if action != nil && id == nil {
      throw ValidationError("Name the step to mark: followups \(action?.rawValue ?? "done") ID")
    }
  }

  func run(in context: CommandContext) throws {
    let journal = try context.openJournal()
    defer { journal.close() }
    if let action, let id {
      try Self.mark(id, action, in: journal, context: context)
      return
    }
    let followups = try journal.followups(today: context.today)
    if json {
      context.console.line(try JournalJSON.text(followups.map(JournalJSON.FollowupLine.init)))
      return
    }
    Self.print(followups, context: context)
    guard context.lineReader.isInteractive, !followups.isEmpty else { return }
    while true {
      let prompt = "mark one ('done ID', 'broken ID', 'cancel ID'), or Enter to finish> "
      guard case .line(let line) = context.lineReader.readLine(prompt: prompt, kind: .answer),
        !line.trimmingCharacters(in: .whitespaces).isEmpty
      else { return }
      let words = line.split(separator: " ").map(String.init)
      guard words.count == 2, let action = Action(rawValue: words[0]) else {
        context.console.error("type an action and an id, e.g. 'done \(followups[0].shortID)'")
        continue
      }
      do {
        try Self.mark(words[1], action, in: journal, context: context)
      } catch let failure as CommandFailure {
        context.console.error(failure.message)
      }
    }
  }

  static func mark(
    _ prefix: String, _ action: Action, in journal: JournalStore, context: CommandContext
  ) throws {
    switch try journal.findCommitment(idPrefix: prefix) {
    case .none:
      throw CommandFailure("no step has an id starting with '\(prefix)'")
    case .ambiguous(let matches):
      throw CommandFailure(
        "'\(prefix)' starts \(matches.count) ids; type more of it: "
          + matches.map { String($0.id.prefix(12)) }.joined(separator: ", "))
    case .found(let commitment):
      do {
        try journal.setStatus(action.status, commitment: commitment.id)
      } catch {
        throw CommandFailure(error.description, status: 3)
      }
      context.console.line(
        "marked \(action.status.rawValue): \(VisibleText.of(commitment.what))")
    }
  }

  static func print(_ followups: [Followup], context: CommandContext) {
    let console = context.console
    guard !followups.isEmpty else {
      console.line("No promised steps are open.")
      return
    }
    let table = TextTable(
      headers: ["ID", "DUE", "LEAD", "OWNER", "STEP"],
      rows: followups.map { followup in
        [
          VisibleText.of(followup.shortID),
          followup.commitment.due?.description ?? "undated",
          VisibleText.of(
            followup.leadCompany.isEmpty
              ? followup.leadName : "\(followup.leadName) (\(followup.leadCompany))"),
          followup.commitment.owner.rawValue,
          VisibleText.of(followup.commitment.what),
        ]
      },
      flexible: [2, 4], width: console.width.map { $0 - 1 })
    let style = console.style
    console.write(
      utf8: table.utf8(
        header: { style.paint($0, .bold) },
        suffix: { index in
          guard let days = followups[index].daysOverdue else { return nil }
          return style.paint(days == 1 ? "! 1 day overdue" : "! \(days) days overdue", .yellow)
        }))
  }
}

extension Followup {
  /// The first eight characters of the id: enough to type, almost always unique.
  var shortID: String { String(commitment.id.prefix(8)) }
}
