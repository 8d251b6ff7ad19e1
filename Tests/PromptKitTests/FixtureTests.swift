import Diagnostics
import Foundation
import Testing

@testable import PromptKit

// Set PROMPTKIT_UPDATE_FIXTURES=1 to rewrite the expected files from the current output; review
// the diff before committing.
private let updating = ProcessInfo.processInfo.environment["PROMPTKIT_UPDATE_FIXTURES"] == "1"
private let knownChecks: Set<String> = ["ask", "questions", "reply"]

private func compare(_ actual: String, expectedAt path: String) throws {
  let url = Fixtures.root.appendingPathComponent(path)
  if updating {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try Fixtures.read(path)
  #expect(actual == expected, "\(path) differs; actual:\n\(actual)")
}

// MARK: - Invalid scripts: each `NAME.yaml` has its diagnostics, rendered, in `NAME.expected`.

private let invalidFixtures = Fixtures.list("invalid").filter { $0.hasSuffix(".yaml") }

@Test func thereAreInvalidFixtures() {
  #expect(invalidFixtures.count >= 15)
}

@Test(arguments: invalidFixtures)
func invalidScriptReportsExactly(name: String) throws {
  let data = try Data(contentsOf: Fixtures.root.appendingPathComponent("invalid/\(name)"))
  let result = ScriptLoader(knownChecks: knownChecks).load(data: data, path: "invalid/\(name)")
  #expect(!result.diagnostics.isEmpty)
  let base = String(name.dropLast(".yaml".count))
  try compare(result.renderedDiagnostics, expectedAt: "invalid/\(base).expected")
}

// MARK: - Golden runs: a script (or `uses.txt` naming a bundled one), inputs, the transcript.

private let goldenFixtures = Fixtures.list("golden")

@Test func thereAreGoldenFixtures() {
  #expect(goldenFixtures.count >= 4)
}

@Test(arguments: goldenFixtures)
func goldenTranscript(name: String) throws {
  let folder = "golden/\(name)"
  let scriptPath: String
  if Fixtures.exists("\(folder)/uses.txt") {
    let bundled = try Fixtures.read("\(folder)/uses.txt").trimmingCharacters(
      in: .whitespacesAndNewlines)
    scriptPath = Fixtures.prompts.appendingPathComponent(bundled).path
  } else {
    scriptPath = Fixtures.root.appendingPathComponent("\(folder)/script.yaml").path
  }
  let loaded = ScriptLoader(knownChecks: nil).load(path: scriptPath)
  let script = try #require(loaded.script, "\(loaded.renderedDiagnostics)")
  var output: String
  if Fixtures.exists("\(folder)/answers.yaml") {
    let data = try Data(contentsOf: Fixtures.root.appendingPathComponent("\(folder)/answers.yaml"))
    let bag = DiagnosticBag()
    let answers = try #require(AnswersFile.parse(data, path: "answers.yaml", into: bag))
    let outcome = WizardRunner(script: script, context: Fixtures.context).run(answers)
    output = outcome.transcript.text
    if !outcome.diagnostics.isEmpty {
      output += "-- diagnostics --\n" + DiagnosticRenderer().render(outcome.diagnostics)
    }
  } else {
    let inputs = try Fixtures.read("\(folder)/input.txt")
      .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      .map { $0.replacingOccurrences(of: "\\n", with: "\n") }
    var engine = WizardEngine(script: script, context: Fixtures.context)
    var transcript = Transcript()
    transcript.record(engine.start())
    for input in inputs {
      transcript.recordInput(input)
      let events = engine.send(input)
      transcript.record(events)
      if case .asked? = events.last { continue }
      break
    }
    output = transcript.text
  }
  try compare(output, expectedAt: "\(folder)/transcript.txt")
}
