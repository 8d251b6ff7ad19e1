import TerminalTestSupport
import Testing

/// One practice round played at a terminal, keys and all, from the REPL.
@Suite(.serialized)
struct PracticeTerminalTests {
  @Test func aRoundFromTheREPLWithTabCompletion() throws {
    let home = try TemporaryDirectory()
    let binary = try #require(AdvanceBinary.path(), "build the advance executable first")
    let session = try TerminalSession(
      executable: binary, arguments: [], environment: home.environment())
    try session.waitFor("advance> ")
    session.type("practice sta")
    session.press(.tab)
    try session.waitFor("practice staller")
    session.press(.enter)
    try session.waitFor("Practice: Priya Raman")
    try session.waitFor("you> ")
    session.type("skip")
    session.press(.enter)
    try session.waitFor("Now the push.")
    session.type("Let me know what you think!")
    session.press(.enter)
    try session.waitFor("Priya: Sounds great, honestly")
    session.type("hed")
    session.press(.tab)
    try session.waitFor("hedge")
    session.press(.enter)
    try session.waitFor("Your reading: right: hedge")
    try session.waitFor("Ask again in this scene? (y/n)")
    session.type("n")
    session.press(.enter)
    try session.waitFor("1 ask, best ")
    try session.waitFor("advance> ", count: 2)
    session.type("quit")
    session.press(.enter)
    #expect(try session.waitForExit() == 0)
  }
}
