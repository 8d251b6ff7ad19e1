import Foundation
import Journal
import TerminalTestSupport
import Testing

/// `advance lead` run from a shell without a terminal: messages on one
/// line and exit statuses.
struct LeadCommandLineTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func run(_ arguments: [String], input: String = "") throws -> ShellRun {
    try ShellRun.advance(
      arguments, environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]), input: input)
  }

  func leadNames() throws -> [String] {
    let journal = Journal(path: home.path + "/data/advance/journal.sqlite")
    try journal.open()
    defer { journal.close() }
    return try journal.leads().map(\.name)
  }

  @Test func addShowAndExitStatuses() throws {
    let added = try run(["lead", "Jordan", "--add", "--company", "Acme", "--stage", "met"])
    #expect(added.status == 0, "\(added.errors)")
    #expect(added.output.hasPrefix("Added Jordan (Acme).\n"))

    let typo = try run(["lead", "Jordon"])
    #expect(typo.status == 1)
    #expect(
      typo.errors
        == "error: no lead named 'Jordon'; did you mean 'Jordan'? "
        + "(to add it: advance lead 'Jordon' --add)\n")

    let stage = try run(["lead", "Jordan", "--stage", "someday"])
    #expect(stage.status == 2)
    for name in ["new", "met", "piloting", "won", "lost", "parked"] {
      #expect(stage.errors.contains("- \(name)\n"), "\(name) is listed")
    }

    let delete = try run(["lead", "Jordan", "--delete"])
    #expect(delete.status == 1)
    #expect(
      delete.errors
        == "error: --delete asks first, and there is no terminal to ask at; add --yes to go ahead\n"
    )
    #expect(try leadNames() == ["Jordan"])
  }
}
