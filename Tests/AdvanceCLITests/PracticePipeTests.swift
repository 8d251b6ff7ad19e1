import Foundation
import TerminalTestSupport
import Testing

@testable import AdvanceCLI

/// `practice` and `drill` reading their lines from a pipe, as a script would drive them.
struct PracticePipeTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func run(_ arguments: [String], _ lines: [String]) throws -> (
    output: String, errors: String, failure: CommandFailure?
  ) {
    var remaining = lines
    let reader = PipeLineReader { remaining.isEmpty ? nil : remaining.removeFirst() }
    let output = BufferSink()
    let errors = BufferSink()
    let context = CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: home.environment(), options: try GlobalOptions.parse([]), reader: reader)
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
    let saved = home.path + "/state/advance/practice.json"
    #expect(FileManager.default.fileExists(atPath: saved))
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

  @Test func theDrillScoresAndRemembersTheMissedCards() throws {
    let first = try run(["drill", "--cards", "3"], ["hedge", "hedge", "hedge"])
    #expect(first.output.hasPrefix("Drill: 3 replies from a deck of 64."))
    #expect(first.output.contains("Score: "))
    let stats = try run(["practice", "--stats"], [])
    #expect(stats.output.contains("Drill sessions: 1\n"))
    let data = try Data(
      contentsOf: URL(fileURLWithPath: home.path + "/state/advance/practice.json"))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"sessions\" : 1"))
  }

  @Test func completionOffersThePersonas() throws {
    let context = CommandContext(
      console: Console(
        style: TerminalStyle(isEnabled: false), output: BufferSink(), errors: BufferSink()),
      environment: home.environment(), options: try GlobalOptions.parse([]))
    let words = PracticeCommand.completions(precedingWords: [], context: context)
    #expect(words.contains("earlyvangelist") && words.contains("staller"))
    #expect(PracticeCommand.completions(precedingWords: ["skeptic"], context: context).isEmpty)
  }
}
