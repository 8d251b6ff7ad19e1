import Foundation
import Testing

@testable import PromptKit

/// Loads a script from text, failing the test with rendered diagnostics when it has errors.
func loadScript(_ yaml: String, checks: Set<String>? = nil) throws -> Script {
  let result = ScriptLoader(knownChecks: checks).load(data: Data(yaml.utf8), path: "test.yaml")
  return try #require(result.script, "\(result.renderedDiagnostics)")
}

extension [WizardEvent] {
  /// The id of the question the events end on, if they end on one.
  var askedID: String? {
    if case .asked(let prompt)? = last { return prompt.questionID }
    return nil
  }

  var finishedResult: WizardResult? {
    if case .finished(let result)? = last { return result }
    return nil
  }
}
