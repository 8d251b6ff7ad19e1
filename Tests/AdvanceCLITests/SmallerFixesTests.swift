import Foundation
import GRDB
import Journal
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The smaller findings of the second round of attacks (issue 14, item 10 and 14).
struct SmallerFixesTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func shell(_ script: String, input: String = "", environment: [String: String] = [:]) throws
    -> ShellRun
  {
    var variables = home.environment(["ADVANCE_TODAY": "2026-11-23"])
    variables.merge(environment) { $1 }
    return try ShellRun.run(script, environment: variables, input: input)
  }

  @Test func aPromptsFolderThatIsNotThereIsAnError() throws {
    let missing = home.path + "/nonexistent"
    let option = try shell("\"$ADVANCE\" --prompts '\(missing)' leads")
    #expect(option.status == 2)
    #expect(option.errors == "error: --prompts \(missing): no such folder\n")
    #expect(option.output == "")
    let after = try shell("\"$ADVANCE\" check --prompts '\(missing)'")
    #expect(after.status == 2)
    let variable = try shell("\"$ADVANCE\" leads", environment: ["ADVANCE_PROMPTS": missing])
    #expect(variable.status == 2)
    #expect(variable.errors == "error: ADVANCE_PROMPTS \(missing): no such folder\n")
    let repl = try shell("\"$ADVANCE\"", input: "leads --prompts '\(missing)'\n")
    #expect(repl.status == 1)
    #expect(repl.errors == "error: line 1: --prompts \(missing): no such folder\n")
    let file = home.path + "/file"
    #expect(FileManager.default.createFile(atPath: file, contents: Data()))
    let notFolder = try shell("\"$ADVANCE\" --prompts '\(file)' leads")
    #expect(notFolder.errors == "error: --prompts \(file): is a file, not a folder\n")
    // The default folder may be missing: the bundled prompts are used.
    #expect(try shell("\"$ADVANCE\" leads").status == 0)
  }

  @Test func promptsExportIsPrivateUnderAnOpenUmask() throws {
    let folder = home.path + "/mine"
    let run = try shell("umask 000; \"$ADVANCE\" prompts export '\(folder)'")
    #expect(run.status == 0, "\(run.errors)")
    let manager = FileManager.default
    let names = try manager.subpathsOfDirectory(atPath: folder)
    #expect(names.count > 10)
    for name in [""] + names {
      let path = name.isEmpty ? folder : folder + "/" + name
      var info = stat()
      #expect(stat(path, &info) == 0)
      let expected: mode_t = info.st_mode & S_IFMT == S_IFDIR ? 0o700 : 0o600
      #expect(info.st_mode & 0o777 == expected, "\(path)")
    }
  }

  @Test(arguments: [
    ("", true), ("y", true), ("Yes", true), (" YES ", true), ("n", false), ("No", false),
    ("nah, wait", nil), ("yes please", nil), ("never", nil), ("1", nil),
  ])
  func resumeTakesOnlyYesOrNo(line: String, answer: Bool?) {
    #expect(TerminalWizard.resumeAnswer(line) == answer)
  }

  @Test func anUnclearAnswerToResumeIsAskedAgain() throws {
    let first = try shell("\"$ADVANCE\" prep Ada", input: "first\n:quit\n")
    #expect(first.output.contains("Saved as a draft"))
    let again = try shell("\"$ADVANCE\" prep Ada", input: "nah, wait\ny\n:quit\n")
    #expect(again.output.contains("Type y to resume or n to start afresh (Return resumes)."))
    #expect(again.output.contains("(picking up where you left off)"))
  }

  @Test func versionWorksInTheShell() throws {
    let run = try shell("\"$ADVANCE\" version")
    #expect(run.status == 0)
    #expect(run.output == "advance \(Advance.version)\n")
  }

  @Test func markingAStepUnderAHeldLockIsAJournalError() throws {
    let path = home.path + "/journal.sqlite"
    let journal = JournalStore(path: path)
    let lead = try journal.addLead(Lead(name: "Dana"))
    let step = try journal.addCommitment(
      Commitment(leadId: lead.id, what: "intro", owner: .them))
    journal.close()
    let other = try DatabaseQueue(path: path)
    var options = CommandSettings()
    options.journal = path
    let output = BufferSink()
    let errors = BufferSink()
    let console = Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors)
    let context = CommandContext(
      console: console, environment: [:], options: options, reader: PipeLineReader { nil })
    var status: Int32 = 0
    try other.writeWithoutTransaction { db in
      try db.execute(sql: "BEGIN IMMEDIATE")
      do {
        try FollowupsCommand.parse(["done", String(step.id.prefix(8))]).run(in: context)
      } catch {
        status = AdvanceMain.report(error, console: console)
      }
      try db.execute(sql: "ROLLBACK")
    }
    #expect(status == 3)
    #expect(errors.text.hasPrefix("error: "), "\(errors.text)")
    #expect(errors.text.contains(path))
  }
}
