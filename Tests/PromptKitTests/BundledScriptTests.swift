import Foundation
import Testing

@testable import PromptKit

private let knownChecks: Set<String> = ["ask", "questions", "reply"]

@Test(arguments: ["prep.yaml", "debrief.yaml"])
func bundledScriptLoadsCleanly(name: String) throws {
  let path = Fixtures.prompts.appendingPathComponent(name).path
  let result = ScriptLoader(knownChecks: knownChecks).load(path: path)
  #expect(result.diagnostics.isEmpty, "\(result.renderedDiagnostics)")
  #expect(result.script != nil)
}

@Test func debriefHasTheStableIDs() throws {
  let path = Fixtures.prompts.appendingPathComponent("debrief.yaml").path
  let script = try #require(ScriptLoader(knownChecks: knownChecks).load(path: path).script)
  let ids = Set(script.questions.map(\.id))
  for id in ["lead", "planned", "asked", "reply", "notes", "verdict", "next_steps"] {
    #expect(ids.contains(id), "missing \(id)")
  }
  #expect(script.question("reply")?.check == "reply")
}

@Test func prepUsesTheChecks() throws {
  let path = Fixtures.prompts.appendingPathComponent("prep.yaml").path
  let script = try #require(ScriptLoader(knownChecks: knownChecks).load(path: path).script)
  #expect(script.question("ask")?.check == "ask")
  #expect(script.question("questions")?.check == "questions")
  #expect(script.steps.count == 5)
  // The meeting's time is a forgiving date, read as next steps' dates are.
  #expect(script.question("when")?.kind == .date)
}

@Test func unregisteredChecksAreReportedWhenTheCallerSaysSo() throws {
  let path = Fixtures.prompts.appendingPathComponent("debrief.yaml").path
  let result = ScriptLoader(knownChecks: []).load(path: path)
  #expect(result.diagnostics.map(\.code.rawValue) == ["unknown-check"])
  #expect(result.diagnostics.first?.message == "unknown check 'reply' (no checks are available)")
}
