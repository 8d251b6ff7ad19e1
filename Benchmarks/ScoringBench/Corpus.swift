import Foundation
import PromptKit
import Scoring

/// The labelled examples of Tests/ScoringTests/Corpus, read with the project's YAML reader.
struct Corpus {
  struct Reply {
    var text: String
    var verdict: Verdict
    var currencies: [Currency]
  }

  struct Question {
    var text: String
    var good: Bool
    var kind: String?
  }

  struct Notes {
    var text: String
    var verdict: Verdict
    var reply: String?
  }

  var replies: [Reply] = []
  var questions: [Question] = []
  var notes: [Notes] = []
  var diagnostics: [Diagnostic] = []

  init(directory: URL) {
    let bag = DiagnosticBag()
    for item in list(directory.appendingPathComponent("replies.yaml"), bag) {
      guard
        let map = item.mapping(required: ["text", "verdict"], optional: ["currencies", "why"]),
        let text = map.string("text"), let verdict = map.string("verdict").flatMap(Verdict.init)
      else { continue }
      let currencies = (map.strings("currencies") ?? []).compactMap(Currency.init).sorted()
      replies.append(Reply(text: text, verdict: verdict, currencies: currencies))
    }
    for item in list(directory.appendingPathComponent("questions.yaml"), bag) {
      guard let map = item.mapping(required: ["text", "good"], optional: ["kind", "why"]),
        let text = map.string("text"), let good = map.bool("good")
      else { continue }
      questions.append(Question(text: text, good: good, kind: map.string("kind")))
    }
    for item in list(directory.appendingPathComponent("notes.yaml"), bag) {
      guard let map = item.mapping(required: ["text", "verdict"], optional: Self.noteKeys),
        let text = map.string("text"), let verdict = map.string("verdict").flatMap(Verdict.init)
      else { continue }
      notes.append(Notes(text: text, verdict: verdict, reply: map.string("reply")))
    }
    diagnostics = bag.diagnostics
  }

  static let noteKeys = [
    "id", "reply", "earlyvangelist", "facts", "compliments", "advancement", "why", "title",
    "next_step", "next_step_date", "planned", "asked", "currencies",
  ]

  private func list(_ url: URL, _ bag: DiagnosticBag) -> [YAMLNode] {
    guard FileManager.default.fileExists(atPath: url.path),
      let document = YAMLDocument.load(path: url.path, into: bag)
    else { return [] }
    return document.root.sequence() ?? []
  }
}
