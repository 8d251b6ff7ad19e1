import Foundation
import Journal
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

/// `practice` and `drill` reading their lines from a pipe, as a script would drive them.
struct PracticePipeTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  var journalPath: String { home.path + "/data/advance/journal.sqlite" }

  /// The journal the commands wrote, opened afresh.
  func journal() throws -> JournalStore {
    let journal = JournalStore(path: journalPath)
    try journal.open()
    return journal
  }

  func run(
    _ arguments: [String], _ lines: [String], onRead: @escaping (Int) -> Void = { _ in }
  ) throws -> (output: String, errors: String, failure: CommandFailure?) {
    var remaining = lines
    var count = 0
    let reader = PipeLineReader {
      count += 1
      onRead(count)
      return remaining.isEmpty ? nil : remaining.removeFirst()
    }
    let output = BufferSink()
    let errors = BufferSink()
    let context = CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: home.environment(), options: CommandSettings(), reader: reader)
    let parsed = try Advance.parseAsRoot(arguments)
    let command = try #require(parsed as? any AdvanceCommand)
    do {
      try command.run(in: context)
      return (output.text, errors.text, nil)
    } catch let failure as CommandFailure {
      return (output.text, errors.text, failure)
    }
  }

  @Test func aScriptedRoundGradesTheAskAndTheReadingAndKeepsProgress() throws {
    let good =
      "Would you introduce me to Helena by email this week, and tell her what the September"
      + " clean-up cost you? If she isn't the right person, who is?"
    let result = try run(
      ["practice", "gatekeeper"], ["skip", good, "commitment reputation", "n"])
    #expect(result.failure == nil)
    #expect(result.errors.isEmpty)
    #expect(result.output.hasPrefix("Practice: Tomás Ferreira, IT project coordinator"))
    #expect(result.output.contains("ask: strong (100/100)"))
    #expect(result.output.contains("Tomás:\n  Sure. I'll introduce you to Helena"))
    #expect(result.output.contains("Your reading: right: commitment (reputation)"))
    #expect(result.output.hasSuffix("1 ask, best 100/100; replies read right: 1 of 1.\n"))

    let stats = try run(["practice", "--stats"], [])
    #expect(stats.output.contains("Asks practised: 1\n"))
    #expect(stats.output.contains("asks by kind: vague 0, oversized 0, undated 0, crisp 1"))
    let attempts = try journal().practiceAttempts()
    #expect(attempts.count == 1)
    let attempt = try #require(attempts.first)
    #expect(attempt.persona == "gatekeeper" && attempt.askGrade == .strong)
    #expect(attempt.askScore == 100 && attempt.quality == .crisp && attempt.readingScore == 100)
    #expect(
      !FileManager.default.fileExists(atPath: home.path + "/state/advance/practice.json"),
      "no JSON file any more")
  }

  @Test func withoutAPersonaItListsThemAndTakesAPrefix() throws {
    let result = try run(["practice"], ["sk", "skip", "Let me know what you think.", "h", "n"])
    #expect(result.output.hasPrefix("Who do you want to practise on?\n"))
    #expect(result.output.contains("  skeptic         Ruth Abernathy, Finance director"))
    #expect(result.output.contains("Practice: Ruth Abernathy"))
    #expect(result.output.contains("Ruth: Everyone says that. Keep me posted"))
  }

  @Test func aHypotheticalLearningQuestionIsFlagged() throws {
    let result = try run(
      ["practice", "clear-no"], ["Would you use a tool that turns meetings into tasks?"])
    #expect(result.output.contains("  (a trap in that question)\n    - hypothetical: "))
    #expect(result.output.contains("Ingrid:\n  We came back, wrote three things"))
  }

  @Test func inputEndingMidRoundKeepsTheAsksMade() throws {
    let result = try run(["practice", "executive"], ["skip", "Keep me posted!", "hedge"])
    #expect(
      result.output.hasSuffix(
        "Ask again in this scene? (y/n)\nPractice stopped; your ask is kept.\n"))
    let stats = try run(["practice", "--stats"], [])
    #expect(stats.output.contains("Asks practised: 1\n"))
    #expect(try journal().practiceAttempts().map(\.quality) == [.vague])
  }

  @Test func anUnknownPersonaIsAOneLineFailure() throws {
    let result = try run(["practice", "wizard"], [])
    #expect(
      result.failure?.message
        == "no persona 'wizard'; choose one of: clear-no, earlyvangelist, executive, gatekeeper,"
        + " skeptic, staller")
  }

  @Test func aBrokenUserPersonaIsReportedWithItsPlace() throws {
    let folder = home.path + "/config/advance/prompts/personas"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data("name: Bob\nstage: soon\n".utf8).write(
      to: URL(fileURLWithPath: folder + "/bob.yaml"))
    let result = try run(["practice", "bob"], [])
    #expect(result.failure?.message.hasSuffix("in the prompt files") == true)
    #expect(result.errors.contains("\(folder)/bob.yaml:2:8: error: 'soon' is not a stage"))
    #expect(result.errors.contains("stage: soon\n       ^\n"))
  }

  /// The replies a drill showed, in order, each with whether it was read exactly right.
  static func cards(in output: String) -> [(reply: String, right: Bool)] {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    var cards: [(String, Bool)] = []
    for (index, line) in lines.enumerated() {
      guard let open = line.firstIndex(of: "\""), line.hasSuffix("\""), line.contains("/"),
        index + 1 < lines.count, lines[index + 1].hasPrefix("  ")
      else { continue }
      let reply = String(line[line.index(after: open)..<line.index(before: line.endIndex)])
      cards.append((reply, lines[index + 1].hasPrefix("  right: ")))
    }
    return cards
  }

  @Test func theDrillScoresAndRemembersTheMissedCards() throws {
    let first = try run(["drill", "--cards", "3"], ["hedge", "hedge", "hedge"])
    #expect(first.output.hasPrefix("Drill: 3 replies from a deck of 64."))
    #expect(first.output.contains("Score: "))
    let stats = try run(["practice", "--stats"], [])
    #expect(stats.output.contains("Drill sessions: 1\n"))
    let history = try journal().practiceHistory()
    #expect(history.sessions == 1)
    #expect(history.sittings.map(\.cards) == [3])
    let shown = Self.cards(in: first.output)
    #expect(history.sittings.first?.correct == shown.filter(\.right).count)
    #expect(history.cards.count == 3)
    #expect(
      history.cards.filter { $0.box == 1 }.count == shown.filter { !$0.right }.count,
      "the missed cards are in box 1, the others in box 2")
  }

  @Test func missedCardsComeBackFirstNextSessionAndKnownOnesWait() throws {
    let first = try run(["drill", "--cards", "6"], Array(repeating: "hedge", count: 6))
    let shown = Self.cards(in: first.output)
    #expect(shown.count == 6)
    let missed = shown.filter { !$0.right }.map(\.reply)
    let known = shown.filter(\.right).map(\.reply)
    #expect(!missed.isEmpty && !known.isEmpty, "hedge is right for some cards, not all")

    let second = try run(["drill", "--cards", "6"], Array(repeating: "rejection", count: 6))
    let next = Self.cards(in: second.output).map(\.reply)
    #expect(Array(next.prefix(missed.count)) == missed, "missed cards first, from the journal")
    #expect(Set(next).isDisjoint(with: known), "cards read right wait a session")
    let history = try journal().practiceHistory()
    #expect(history.sessions == 2)
    #expect(history.sittings.map(\.session) == [1, 2])
  }

  @Test func anOldPracticeFileIsImportedOnceAndRenamed() throws {
    let folder = home.path + "/state/advance"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/practice.json"
    let date = "2026-11-01T10:00:00Z"
    let json = """
      {"attempts": [
        {"askGrade": "weak", "askScore": 20, "date": "\(date)", "persona": "staller",
         "quality": "vague", "readingScore": 0},
        {"askGrade": "strong", "askScore": 90, "date": "\(date)", "persona": "skeptic",
         "quality": "crisp", "readingScore": 100}],
       "drill": {"boxes": {"abc": {"box": 3, "lastSession": 2}}, "sessions": 2},
       "drills": [{"cards": 4, "correct": 1, "date": "\(date)", "score": 40},
                  {"cards": 4, "correct": 3, "date": "\(date)", "score": 80}]}
      """
    try Data(json.utf8).write(to: URL(fileURLWithPath: file))
    let stats = try run(["practice", "--stats"], [])
    #expect(
      stats.output.hasPrefix(
        "Imported your practice progress from \(file) into the journal; the file is now"
          + " \(file).imported.\nAsks practised: 2\n"))
    #expect(stats.output.contains("Drill sessions: 2\n"))
    #expect(stats.output.contains("  score, latest 2: 60/100\n"))
    #expect(stats.output.contains("  cards by box (1 = seen most often): 1: 0, 2: 0, 3: 1,"))
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(FileManager.default.fileExists(atPath: file + ".imported"))
    let history = try journal().practiceHistory()
    #expect(history.sittings.map(\.session) == [1, 2])
    #expect(history.cards.map(\.cardId) == ["abc"])

    // A file put back later is not imported over the journal's own practice.
    try FileManager.default.copyItem(atPath: file + ".imported", toPath: file)
    let again = try run(["practice", "--stats"], [])
    #expect(again.output.hasPrefix("Asks practised: 2\n"))
    #expect(FileManager.default.fileExists(atPath: file))
  }

  @Test func aDamagedOldPracticeFileIsLeftWithAWarning() throws {
    let folder = home.path + "/state/advance"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/practice.json"
    try Data("my secret asks".utf8).write(to: URL(fileURLWithPath: file))
    let result = try run(["practice", "--stats"], [])
    #expect(result.failure == nil)
    #expect(
      result.errors
        == "warning: \(file): not a practice progress file (move it away to start afresh);"
        + " it was not imported\n")
    #expect(result.output.hasPrefix("No practice yet"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == Data("my secret asks".utf8))
  }

  @Test(arguments: [["practice", "--stats"], ["drill"], ["practice", "staller"]])
  func aCorruptJournalStopsWithStatusThreeAndIsLeftAlone(arguments: [String]) throws {
    let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try FileManager.default.createDirectory(
      atPath: home.path + "/data/advance", withIntermediateDirectories: true)
    try garbage.write(to: URL(fileURLWithPath: journalPath))
    let result = try run(arguments, ["skip", "Let me know", "hedge", "n"])
    let failure = try #require(result.failure)
    #expect(failure.status == 3)
    #expect(failure.message == JournalError.notADatabase(path: journalPath).description)
    #expect(!result.output.contains("Practice:") && !result.output.contains("Drill:"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: journalPath)) == garbage)
  }

  @Test func aJournalLockedMidDrillStopsWithStatusThreeKeepingEarlierAnswers() throws {
    _ = try run(["practice", "--stats"], [])  // creates the journal
    let locker = Process()
    locker.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    locker.arguments = [journalPath]
    let input = Pipe()
    let output = Pipe()
    locker.standardInput = input
    locker.standardOutput = output
    try locker.run()
    defer {
      try? input.fileHandleForWriting.close()
      locker.waitUntilExit()
    }
    // Before the second answer, another process takes the write lock and keeps it.
    let result = try run(["drill", "--cards", "3"], ["hedge", "hedge", "hedge"]) { count in
      guard count == 2 else { return }
      input.fileHandleForWriting.write(Data("BEGIN IMMEDIATE;\nSELECT 'locked';\n".utf8))
      var seen = ""
      while !seen.contains("locked") {
        seen += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
      }
    }
    let failure = try #require(result.failure)
    #expect(failure.status == 3)
    #expect(failure.message == JournalError.locked(path: journalPath, seconds: 5).description)
    #expect(result.output.components(separatedBy: "  why: ").count == 2, "one card's feedback")
    try input.fileHandleForWriting.close()
    locker.waitUntilExit()
    let history = try journal().practiceHistory()
    #expect(history.sittings.map(\.cards) == [1], "the answer given before the lock is kept")
    #expect(history.cards.count == 1)
  }

  @Test func completionOffersThePersonas() throws {
    let context = CommandContext(
      console: Console(
        style: TerminalStyle(isEnabled: false), output: BufferSink(), errors: BufferSink()),
      environment: home.environment(), options: CommandSettings())
    let words = PracticeCommand.completions(precedingWords: [], context: context)
    #expect(words.contains("earlyvangelist") && words.contains("staller"))
    #expect(PracticeCommand.completions(precedingWords: ["skeptic"], context: context).isEmpty)
  }
}
