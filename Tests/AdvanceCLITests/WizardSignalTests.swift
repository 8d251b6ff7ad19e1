import Foundation
import TerminalTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Signals in the middle of a wizard: the terminal comes back as it was, the exit status is the
/// conventional one, and the answers and the draft stay in the journal.
@Suite(.serialized)
struct WizardSignalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/journal.sqlite" }
  var environment: [String: String] {
    home.environment(["ADVANCE_TODAY": "2026-11-23", "ADVANCE_JOURNAL": journalPath])
  }

  /// `prep LEAD` with the first question answered and the second half typed.
  func midWizard(_ lead: String, environment extra: [String: String] = [:]) throws
    -> TerminalSession
  {
    let binary = try AdvanceBinary.require()
    let session = try TerminalSession(
      executable: binary, arguments: ["prep", lead],
      environment: environment.merging(extra) { $1 })
    try session.waitFor("Where are you with them?")
    try session.waitForEditing()
    session.type("first\r")
    try session.waitFor("What should the ask cost them?")
    try session.waitForEditing()
    session.type("mon")
    // The choices show "money" already: wait for the typed line.
    try session.waitFor("› mon")
    return session
  }

  func expectAnswerAndDraftKept(_ lead: String) throws {
    let found = try JournalSnapshotOfLead(journal: journalPath, lead: lead)
    #expect(found.answers["stage"] == "first")
    #expect(found.hasDraft)
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func terminationMidWizard(signal: Int32, status: Int32) throws {
    let lead = "Term \(signal)"
    let session = try midWizard(lead)
    #expect(session.settings() != session.initialSettings)
    session.send(signal: signal)
    #expect(try session.waitForExit() == status)
    #expect(session.settings() == session.initialSettings)
    try expectAnswerAndDraftKept(lead)
  }

  /// A real fault (a write through a null pointer) on a thread other than the main one.
  @Test func aCrashOnABackgroundThreadMidWizard() throws {
    let session = try midWizard("Crash", environment: ["ADVANCE_TEST_FAULT_ON_USR2": "1"])
    session.send(signal: SIGUSR2)
    #expect(try session.waitForExit() == 128 + SIGSEGV)
    #expect(session.settings() == session.initialSettings)
    try expectAnswerAndDraftKept("Crash")
  }

  /// Ctrl-C drops the half-typed answer and reads the same question's answer afresh.
  @Test func controlCMidWizardCancelsTheLine() throws {
    let session = try midWizard("Interrupt")
    session.press(.controlC)
    // The line is dropped, and the wizard says how to leave.
    try session.waitFor("^C\n  (the line is dropped; type :quit to stop and keep a draft)\n› ")
    try session.waitForEditing()
    session.type("time\r")
    try session.waitFor("exact words of your ask")
    try session.waitForEditing()
    session.type(":quit\r")
    #expect(try session.waitForExit() == 0)
    #expect(session.settings() == session.initialSettings)
    try expectAnswerAndDraftKept("Interrupt")
  }

  /// Ctrl-Z under a job-control shell mid-wizard, then `fg`: the shell has a sane terminal
  /// meanwhile, and the wizard goes on where it was.
  @Test func controlZAndFgMidWizard() throws {
    let binary = try AdvanceBinary.require()
    var shellEnvironment = environment
    shellEnvironment["PS1"] = "shell$ "
    let shell = try TerminalSession(
      executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"],
      environment: shellEnvironment)
    try shell.waitFor("shell$ ")
    let saved = home.path + "/stty"
    shell.type("stty -g > \(saved).before; \(binary) prep Stopped\r")
    try shell.waitFor("Where are you with them?")
    try shell.waitForEditing()
    shell.type("first\r")
    try shell.waitFor("What should the ask cost them?")
    try shell.waitForEditing()
    shell.press(.controlZ)
    try shell.waitFor("Stopped")
    // bash's line editor drops what is typed before it takes the terminal.
    try shell.waitFor("shell$ ", count: 2)
    try shell.waitForEditing()
    shell.type(
      "stty -g > \(saved).stopped; cmp -s \(saved).before \(saved).stopped && echo 'sa''me'\r")
    try shell.waitFor("same\n")
    try shell.waitFor("shell$ ", count: 3)
    try shell.waitForEditing()
    shell.type("fg\r")
    try shell.waitForEditing()
    shell.type("time\r")
    try shell.waitFor("exact words of your ask")
    try shell.waitForEditing()
    shell.type(":quit\r")
    // The fourth prompt: the first, after Ctrl-Z, after the check, after the wizard.
    try shell.waitFor("shell$ ", count: 4)
    try shell.waitForEditing()
    shell.type(
      "stty -g > \(saved).after; cmp -s \(saved).before \(saved).after && echo 'un''changed'\r")
    try shell.waitFor("unchanged\n")
    try expectAnswerAndDraftKept("Stopped")
  }
}
