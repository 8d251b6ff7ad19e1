import Foundation
import PromptKit
import TerminalTestSupport
import Testing
import Workflow

/// A wizard run from an answers file, and the script it runs, with no terminal.
struct AnswersFileRunTests {
  let folder: TemporaryDirectory
  let script: Script

  init() throws {
    folder = try TemporaryDirectory()
    script = try TwoQuestionScript.load()
  }

  func run(_ answers: String) throws -> AnswersFileRun.Finished {
    let path = folder.path + "/answers.yaml"
    try answers.write(toFile: path, atomically: true, encoding: .utf8)
    return try AnswersFileRun(script: script, checks: CheckRegistry(), now: Date())
      .run(answersPath: path, lead: nil) { _ in }
  }

  @Test func answersToEveryQuestionFinishTheRun() throws {
    let finished = try run("ask: an intro to the CFO\nreply: sure\n")
    #expect(finished.result.answers["ask"] == "an intro to the CFO")
    #expect(finished.result.answers["reply"] == "sure")
  }

  @Test func aMissingAnswerLeavesTheRunIncomplete() throws {
    #expect {
      _ = try run("ask: an intro to the CFO\n")
    } throws: { error in
      guard case .incomplete? = error as? AnswersFileRun.Failure else { return false }
      return true
    }
  }

  @Test func aFileThatIsNotAnswersIsUnusableWithItsDiagnostics() throws {
    #expect {
      _ = try run("- just\n- a list\n")
    } throws: { error in
      guard case .unusableAnswers(let diagnostics)? = error as? AnswersFileRun.Failure else {
        return false
      }
      return !diagnostics.isEmpty && diagnostics.allSatisfy { !$0.message.contains("just") }
    }
  }

  @Test func theFoundersScriptIsLoadedAndABrokenOneHasNoScript() throws {
    try TwoQuestionScript.yaml.write(
      toFile: folder.path + "/prep.yaml", atomically: true, encoding: .utf8)
    try "title: [broken\n".write(
      toFile: folder.path + "/debrief.yaml", atomically: true, encoding: .utf8)
    let library = PromptLibrary(userDirectory: folder.path)
    let prep = try #require(try library.wizardScript("prep.yaml", checks: CheckRegistry()))
    #expect(prep.script?.title == script.title)
    #expect(prep.loaded?.diagnostics.isEmpty == true)
    let debrief = try #require(try library.wizardScript("debrief.yaml", checks: CheckRegistry()))
    #expect(debrief.script == nil)
    #expect(debrief.loaded?.hasErrors == true)
    #expect(try library.wizardScript("nothing.yaml", checks: CheckRegistry()) == nil)
  }

  @Test func aBundledScriptIsTheOneBuiltIn() throws {
    let library = PromptLibrary(userDirectory: nil)
    let prep = try #require(try library.wizardScript("prep.yaml", checks: CheckRegistry()))
    #expect(prep.file.isBundled)
    #expect(prep.script?.name == "prep")
    #expect(prep.loaded == nil, "a bundled script is not parsed again")
  }
}
