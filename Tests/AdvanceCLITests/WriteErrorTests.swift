import Foundation
import TerminalTestSupport
import Testing

/// Output that cannot be written is an error with a message, except a reader that stopped
/// reading (`| head -1`), which ends the command quietly.
struct WriteErrorTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
    // One lead with a long planned ask, so the exports are far larger than a pipe's buffer.
    let planned = String(repeating: "We reconcile invoices by hand every week. ", count: 4000)
    let answers = """
      lead: Dana Reyes
      planned: \(planned)
      notes: x
      asked: an intro to the CFO
      reply: sure, next week
      verdict: commitment
      currencies: reputation
      versus_plan: same
      next_step: Dana introduces me to Maria
      next_step_date: 2026-11-25

      """
    try answers.write(toFile: home.path + "/answers.yaml", atomically: true, encoding: .utf8)
    let seeded = try shell("\"$ADVANCE\" debrief --answers '\(home.path)/answers.yaml'")
    #expect(seeded.status == 0, "\(seeded.errors)")
  }

  func shell(_ script: String, input: String = "") throws -> ShellRun {
    try ShellRun.run(
      script, environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]), input: input)
  }

  static let commands = [
    "leads", "followups", "show Dana", "export --format md", "export --format json",
    "export --format ics", "--help", "version", "check", "interpret 'sure, next Tuesday'",
  ]

  @Test(arguments: commands)
  func aFullDeviceIsAnError(command: String) throws {
    let result = try shell("\"$ADVANCE\" \(command) >/dev/full")
    #expect(result.status != 0, "\(command)")
    #expect(
      result.errors.contains("error: cannot write to standard output: No space left on device"),
      "\(command): \(result.errors)")
  }

  @Test(arguments: commands)
  func aClosedOutputIsAnError(command: String) throws {
    let result = try shell("\"$ADVANCE\" \(command) >&-")
    #expect(result.status != 0, "\(command)")
    #expect(
      result.errors.contains("error: cannot write to standard output: Bad file descriptor"),
      "\(command): \(result.errors)")
  }

  @Test(.enabled(if: SmallDisk.isAvailable, "needs a tmpfs the test may mount"))
  func aFullDiskIsAnError() throws {
    let disk = try #require(SmallDisk(kilobytes: 64))
    let result = try shell("\"$ADVANCE\" export --format json >'\(disk.path)/export.json'")
    #expect(result.status == 1)
    #expect(
      result.errors.contains("error: cannot write to standard output: No space left on device"))
  }

  @Test func aREPLInAPipeStopsAtTheFirstFailedWrite() throws {
    let result = try shell("\"$ADVANCE\" >/dev/full", input: "leads\nfollowups\n")
    #expect(result.status == 1)
    let lines = result.errors.split(separator: "\n")
    #expect(lines == ["error: cannot write to standard output: No space left on device"])
  }

  @Test(arguments: ["trap '' PIPE; ", ""])
  func aReaderThatStopsEndsTheCommandQuietly(ignoring: String) throws {
    for command in ["leads", "export --format json", "export --format md"] {
      let result = try shell(
        "\(ignoring)\"$ADVANCE\" \(command) 2>'\(home.path)/errors' | head -c 10 >/dev/null;"
          + " cat '\(home.path)/errors'")
      #expect(result.output == "", "\(command)")
      #expect(result.status == 0)
    }
  }
}
