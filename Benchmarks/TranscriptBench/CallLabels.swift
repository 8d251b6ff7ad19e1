import Foundation
import Yams

/// The labels of one call, as the corpus writers give them in `NAME.labels.yaml`.
struct CallLabels {
  struct Ask {
    var text: String
    var at: String?
    var good: Bool?
  }
  struct Reply {
    var text: String
    var at: String?
    var verdict: String
    var currencies: Set<String>
  }
  struct Step {
    var what: String
    var owner: String
    var due: String?
  }

  var format: String
  var meetingDate: String
  var stage: String
  var founders: [String]
  var ask: Ask?
  var reply: Reply?
  var steps: [Step]

  /// Reads a labels file; nil (with a message on standard error) when it cannot be used.
  static func read(_ url: URL) -> CallLabels? {
    guard let text = try? String(contentsOf: url, encoding: .utf8),
      let node = try? Yams.compose(yaml: text), let map = node.mapping
    else {
      FileHandle.standardError.write(Data("\(url.lastPathComponent): not a YAML map\n".utf8))
      return nil
    }
    func string(_ node: Node?) -> String? {
      guard let scalar = node?.scalar, scalar.string != "null", scalar.string != "~" else {
        return nil
      }
      return scalar.string
    }
    let ask = map["ask"]?.mapping.flatMap { ask -> Ask? in
      guard let text = string(ask["text"]) else { return nil }
      return Ask(text: text, at: string(ask["at"]), good: string(ask["grade"]).map { $0 == "good" })
    }
    let reply = map["reply"]?.mapping.flatMap { reply -> Reply? in
      guard let text = string(reply["text"]), let verdict = string(reply["verdict"]) else {
        return nil
      }
      let currencies = Set((reply["currencies"]?.sequence ?? []).compactMap { string($0) })
      return Reply(text: text, at: string(reply["at"]), verdict: verdict, currencies: currencies)
    }
    let steps = (map["next_steps"]?.sequence ?? []).compactMap { node -> Step? in
      guard let step = node.mapping, let what = string(step["what"]),
        let owner = string(step["owner"])
      else { return nil }
      return Step(what: what, owner: owner, due: string(step["due"]))
    }
    return CallLabels(
      format: string(map["format"]) ?? "", meetingDate: string(map["meeting_date"]) ?? "",
      stage: string(map["stage"]) ?? "first",
      founders: (map["founders"]?.sequence ?? []).compactMap { string($0) }, ask: ask,
      reply: reply, steps: steps)
  }
}
