import Foundation
import Journal
import TerminalTestSupport
import Testing

/// `advance lead` and the did-you-mean run from a shell without a terminal: messages on one
/// line, exit statuses, and nothing guessed.
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
    let journal = JournalStore(path: home.path + "/data/advance/journal.sqlite")
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

  @Test func aCloseNameInAnAnswersFileOrAPipeAddsNothing() throws {
    #expect(try run(["lead", "Jordan", "--add", "--company", "Acme"]).status == 0)
    let answers = home.path + "/answers.yaml"
    try """
    lead: Jordon
    planned: a pilot
    notes: x
    asked: a pilot
    reply: keep me posted
    verdict: hedge
    versus_plan: nothing
    next_step: I follow up
    next_step_date: 2026-11-30

    """.write(toFile: answers, atomically: true, encoding: .utf8)
    let debrief = try run(["debrief", "--answers", answers])
    #expect(debrief.status == 1)
    #expect(
      debrief.errors.hasSuffix(
        "error: no lead named 'Jordon'; did you mean 'Jordan'? Use the exact name, or add it "
          + "first with: advance lead 'Jordon' --add\n"))

    let prep = try run(["prep", "Jordon"], input: "first\n")
    #expect(prep.status == 1)
    #expect(prep.errors.contains("did you mean 'Jordan'?"))

    let repl = try run([], input: "prep Jordon\n")
    #expect(repl.status == 1)
    #expect(repl.errors.contains("line 1: no lead named 'Jordon'; did you mean 'Jordan'?"))
    #expect(try leadNames() == ["Jordan"])

    // Added first, as the message says: then the debrief goes through.
    #expect(try run(["lead", "Jordon", "--add"]).status == 0)
    let again = try run(["debrief", "--answers", answers])
    #expect(again.status == 0, "\(again.errors)")
    #expect(try leadNames() == ["Jordan", "Jordon"])
  }
}
