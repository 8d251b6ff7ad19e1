import Foundation
import PromptKit
import Testing

/// The smallest wizard the session tests run: one step, two questions.
enum TwoQuestionScript {
  static let yaml = """
    title: Two questions
    steps:
      - id: only
        title: Only
        questions:
          - id: ask
            ask: What will you ask for?
          - id: reply
            ask: What did they say?
    """

  /// The script, loaded as a user's file would be.
  static func load() throws -> Script {
    let loaded = ScriptLoader().load(data: Data(yaml.utf8), path: "tiny.yaml")
    return try #require(loaded.script, "\(loaded.renderedDiagnostics)")
  }
}
