import TerminalTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The REPL driven the way a person drives it: keys typed into a pseudo-terminal.
@Suite(.serialized)
struct REPLTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func start(_ arguments: [String] = [], environment: [String: String] = [:]) throws
    -> TerminalSession
  {
    try home.start(arguments, environment: environment)
  }

  @Test func tabCompletesHeToHelp() throws {
    let session = try start()
    session.type("he")
    session.press(.tab)
    // The banner says 'help' already: wait for the completed line.
    try session.waitFor("advance> help")
    session.press(.enter)
    try session.waitFor("Commands:")
    try session.waitFor("advance> ", count: 2)
  }

  @Test func secondTabListsTheMatches() throws {
    let session = try start()
    session.type("vers")
    session.press(.tab)
    // One match: completed at once.
    try session.waitFor("version")
    session.press(.controlU)
    session.press(.tab)
    session.press(.tab)
    let screen = try session.waitFor("followups")
    #expect(screen.contains("help") && screen.contains("quit") && screen.contains("leads"))
  }

  @Test func controlCCancelsTheLineAndTheREPLGoesOn() throws {
    let session = try start()
    session.type("interpret half a thou")
    try session.waitFor("half a thou")
    session.press(.controlC)
    try session.waitFor("^C")
    try session.waitFor("advance> ", count: 2)
    try session.waitForEditing()
    #expect(session.isRunning)
    session.type("version")
    session.press(.enter)
    let screen = try session.waitFor("advance 0.1.0\n")
    #expect(!screen.contains("unknown command 'interpret"))
  }

  @Test func upRecallsThePreviousCommand() throws {
    let session = try start()
    session.type("version")
    session.press(.enter)
    try session.waitFor("advance 0.1.0\n")
    session.press(.up)
    session.press(.enter)
    try session.waitFor("advance 0.1.0\n", count: 2)
  }

  @Test func unicodeComesBackIntact() throws {
    let session = try start()
    session.type("\"héllo wörld\" 🚀")
    session.press(.enter)
    try session.waitFor("unknown command 'héllo wörld'")
    session.type("héllo")
    session.press(.enter)
    try session.waitFor("unknown command 'héllo'")
  }

  @Test func oddBytesAreDroppedAndTheREPLGoesOn() throws {
    let session = try start()
    // A lone continuation byte, an invalid lead byte, a truncated sequence, then a real command.
    session.type(bytes: [0x80, 0xFF, 0xC3])
    session.type("version")
    session.press(.enter)
    try session.waitFor("advance 0.1.0\n")
    #expect(session.isRunning)
  }

  @Test func closingTheTerminalEndsWithHangUpStatus() throws {
    let session = try start()
    session.type("half typed")
    try session.waitFor("half typed")
    session.hangUp()
    #expect(try session.waitForExit() == 129)
  }

  @Test func controlDExitsZero() throws {
    let session = try start()
    session.press(.controlD)
    #expect(try session.waitForExit() == 0)
    #expect(session.settings()?.isCanonicalWithEcho == true)
  }

  @Test func historyIsSavedPrivatelyAndRecalledNextTime() throws {
    let first = try start()
    first.type("help")
    first.press(.enter)
    try first.waitFor("Commands:")
    first.type("quit")
    first.press(.enter)
    #expect(try first.waitForExit() == 0)

    var info = stat()
    let path = home.path + "/state/advance/history"
    #expect(stat(path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
    #expect(stat(home.path + "/state/advance", &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)

    let second = try start()
    second.press(.up)
    second.press(.up)
    second.press(.enter)
    try second.waitFor("Commands:")
  }

  @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
  func terminationRestoresTheTerminal(signal: Int32, status: Int32) throws {
    let session = try start()
    let before = session.initialSettings
    session.type("half typed")
    try session.waitFor("half typed")
    // While libedit reads, the terminal is raw.
    #expect(session.settings() != before)
    session.send(signal: signal)
    #expect(try session.waitForExit() == status)
    #expect(session.settings() == before)
  }

  /// Ctrl-Z under a job-control shell, then `fg`: the shell gets a sane terminal meanwhile, and
  /// the half-typed line is still there to finish.
  @Test func controlZAndFgKeepTheLine() throws {
    let binary = try AdvanceBinary.require()
    let shell = try TerminalSession(
      executable: "/bin/bash", arguments: ["--norc", "--noprofile", "-i"],
      environment: home.environment(["PS1": "shell$ "]))
    try shell.waitFor("shell$ ")
    shell.type(binary + "\r")
    try shell.waitFor("advance> ")
    try shell.waitForEditing()
    shell.type("vers")
    try shell.waitFor("advance> vers")
    shell.press(.controlZ)
    try shell.waitFor("Stopped")
    // The quotes keep the typed command from matching what it prints.
    shell.type("stty -a | grep -o -- '-\\?icanon' ; echo 'che''cked'\r")
    let stopped = try shell.waitFor("checked\n")
    #expect(stopped.contains("\nicanon"))
    shell.type("fg\r")
    try shell.waitFor("advance> ", count: 2)
    try shell.waitForEditing()
    shell.type("ion\r")
    try shell.waitFor("advance 0.1.0\n")
    shell.type("quit\r")
    try shell.waitFor("shell$ ", count: 3)
  }

  @Test func aCrashRestoresTheTerminal() throws {
    let session = try start()
    let before = session.initialSettings
    session.type("x")
    try session.waitFor("advance> x")
    session.send(signal: SIGSEGV)
    let status = try session.waitForExit()
    #expect(status == 128 + SIGSEGV)
    #expect(session.settings() == before)
  }

  @Test func freeTextIsTakenAsTypedAndAnOpenQuoteSaysWhyItWaits() throws {
    let session = try start()
    // A lone apostrophe in a reply: read at once, not a quote left open.
    session.type("interpret 'we'll see")
    session.press(.enter)
    let screen = try session.waitFor("advance> ", count: 2)
    #expect(screen.contains("hedge"))
    #expect(!screen.contains("...>"))
    try session.waitForEditing()
    session.type("lead 'Dana")
    session.press(.enter)
    try session.waitFor("...> ")
    #expect(session.text.contains("(a ' quote is open: the command goes on until you close it;"))
    session.press(.controlC)
    try session.waitFor("advance> ", count: 3)
  }

  @Test func aSecondTabAfterAPartialCompletionListsTheChoices() throws {
    let session = try start()
    session.type("le")
    session.press(.tab)
    // "le" grows to "lead", the prefix of lead and leads; one more Tab lists them.
    try session.waitFor("advance> lead")
    session.press(.tab)
    let screen = try session.waitFor("leads")
    #expect(screen.contains("lead  ") || screen.contains("lead\n"))
  }
}
