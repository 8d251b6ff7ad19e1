import Foundation
import Journal
import TerminalTestSupport
import Testing

/// Practice and drill played at a terminal, keys and all.
@Suite(.serialized)
struct PracticeTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/data/advance/journal.sqlite" }

  func start(_ arguments: [String], waitFor marker: String) throws -> TerminalSession {
    try home.start(arguments, waitFor: marker)
  }

  @Test func aRoundFromTheREPLWithTabCompletionThenItsStats() throws {
    let session = try start([], waitFor: "advance> ")
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
    // The question names "hedge" already: wait for the completed line.
    try session.waitFor("you> hedge")
    session.press(.enter)
    try session.waitFor("Your reading: right: hedge")
    try session.waitFor("Ask again in this scene? (y/n)")
    session.type("n")
    session.press(.enter)
    try session.waitFor("1 ask, best ")
    try session.waitFor("advance> ", count: 2)
    try session.waitForEditing()
    session.type("practice --stats")
    session.press(.enter)
    try session.waitFor("asks by kind: vague 1, oversized 0, undated 0, crisp 0")
    // The last line of the stats, waited for rather than read off a screen still being written.
    let screen = try session.waitFor("staller          ask ")
    #expect(screen.contains("Asks practised: 1"))
    try session.waitFor("advance> ", count: 3)
    session.type("quit")
    session.press(.enter)
    #expect(try session.waitForExit() == 0)

    let journal = JournalStore(path: journalPath)
    try journal.open()
    defer { journal.close() }
    let attempts = try journal.practiceAttempts()
    #expect(attempts.map(\.persona) == ["staller"])
    #expect(attempts.map(\.quality) == [.vague])
    #expect(attempts.map(\.readingScore) == [100])
  }

  @Test func aDrillKilledMidSessionKeepsTheAnswersGiven() throws {
    let session = try start(["drill", "--cards", "5"], waitFor: "reading> ")
    session.type("hedge")
    session.press(.enter)
    try session.waitFor("  why: ")
    try session.waitFor("reading> ", count: 2)
    try session.waitForEditing()
    session.type("rejection")
    session.press(.enter)
    try session.waitFor("  why: ", count: 2)
    try session.waitFor("reading> ", count: 3)
    try session.waitForEditing()
    session.type("commitment ti")
    session.send(signal: SIGKILL)
    #expect(try session.waitForExit() == 128 + SIGKILL)

    let journal = JournalStore(path: journalPath)
    try journal.open()
    #expect(try journal.integrityCheck() == ["ok"])
    let history = try journal.practiceHistory()
    #expect(history.sittings.count == 1)
    #expect(history.sittings.first?.cards == 2, "two answers kept, the one being typed lost")
    #expect(history.sittings.first?.session == 1)
    #expect(history.cards.count == 2)
    #expect(history.cards.allSatisfy { $0.lastSession == 1 })
    journal.close()

    // The cut-short sitting counts as a session: the next one is session 2.
    let again = try start(["drill", "--cards", "1"], waitFor: "reading> ")
    again.type("hedge")
    again.press(.enter)
    try again.waitFor("Score: ")
    #expect(try again.waitForExit() == 0)
    let after = JournalStore(path: journalPath)
    defer { after.close() }
    #expect(try after.drillSittings().map(\.session) == [1, 2])
  }
}
