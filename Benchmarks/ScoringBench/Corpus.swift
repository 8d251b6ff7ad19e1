import Diagnostics
import Foundation
import Scoring
import Vocabulary
import YAMLSource

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
    var id: String
    var text: String
    var verdict: Verdict
    var currencies: [Currency]
    var reply: String?
    var earlyvangelist: Bool
    var facts: Int
    var compliments: Int
    var advancement: Bool
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
      guard let map = item.mapping(required: ["notes", "verdict"], optional: Self.noteKeys),
        let text = map.string("notes"), let verdict = map.string("verdict").flatMap(Verdict.init)
      else { continue }
      notes.append(
        Notes(
          id: map.string("id") ?? "?", text: text, verdict: verdict,
          currencies: (map.strings("currencies") ?? []).compactMap(Currency.init).sorted(),
          reply: map.string("reply"), earlyvangelist: map.bool("earlyvangelist") ?? false,
          facts: map.int("facts") ?? 0, compliments: map.int("compliments") ?? 0,
          advancement: map.bool("advancement") ?? false))
    }
    diagnostics = bag.diagnostics
  }

  static let noteKeys = [
    "id", "reply", "currencies", "earlyvangelist", "facts", "compliments", "advancement",
  ]

  private func list(_ url: URL, _ bag: DiagnosticBag) -> [YAMLNode] {
    guard FileManager.default.fileExists(atPath: url.path),
      let document = YAMLDocument.load(path: url.path, into: bag)
    else { return [] }
    return document.root.sequence() ?? []
  }
}
