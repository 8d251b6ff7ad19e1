import Diagnostics
import Vocabulary
import YAMLSource

/// Reads `prompts/personas/NAME.yaml` into a `Persona`, reporting every problem at once.
public enum PersonaLoader {
  static let required = [
    "name", "company", "role", "stage", "scene", "background", "learning", "replies", "better_ask",
    "lesson",
  ]
  static let optional = ["kind", "cares_about", "too_big"]

  /// The persona in `text`, or the problems that keep it from loading.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - path: The path to name in diagnostics, such as `prompts/personas/skeptic.yaml`.
  /// - Returns: The persona (nil on any error) and every diagnostic, sorted by place.
  /// The stage words of persona files from before the stages were the prep's keys.
  static let earlierStages: [String: Stage] = [
    "early": .first, "validating": .followUp, "selling": .closing,
  ]

  public static func load(_ text: String, path: String) -> (Persona?, [Diagnostic]) {
    let bag = DiagnosticBag()
    guard let root = YAMLDocument.parse(text: text, path: path, into: bag)?.root,
      let map = root.mapping(required: required, optional: optional)
    else { return (nil, bag.sorted) }
    let name = map["name"]?.text()
    let kind = map["kind"]?.text()
    let company = map["company"]?.text()
    let role = map["role"]?.text()
    let stage = map["stage"].flatMap { node -> Stage? in
      // Persona files written before the stages were the prep's keys still load.
      if let word = node.scalarText, let earlier = Self.earlierStages[word] {
        return earlier
      }
      return node.choice("stage", Stage.allCases)
    }
    let scene = map["scene"]?.text()
    let background = map["background"]?.text()
    let cares = map.sequence("cares_about")?.compactMap { $0.text() } ?? []
    let learning = exchanges(map["learning"])
    let replies = map["replies"].map(replies) ?? [:]
    let better = map["better_ask"]?.text()
    let lesson = map["lesson"]?.text()
    let tooBig = map.sequence("too_big")?.compactMap { $0.text() } ?? []
    guard !bag.hasErrors, let name, let company, let role, let stage, let scene, let background,
      let better, let lesson
    else { return (nil, bag.sorted) }
    let persona = Persona(
      id: identifier(fromPath: path), name: name, kind: kind ?? "", company: company, role: role,
      stage: stage, scene: scene, background: background, caresAbout: cares, learning: learning,
      replies: replies, betterAsk: better, lesson: lesson, tooBig: tooBig)
    return (persona, bag.sorted)
  }

  /// `skeptic` for `prompts/personas/skeptic.yaml`.
  public static func identifier(fromPath path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file
  }

  private static func exchanges(_ node: YAMLNode?) -> [Persona.Exchange] {
    guard let node, let items = node.sequence() else { return [] }
    if items.isEmpty {
      node.error(.emptyLearning, "'learning' needs at least one exchange with 'ask' and 'answer'")
    }
    return items.compactMap { item in
      guard let map = item.mapping(required: ["ask", "answer"]),
        let ask = map["ask"]?.text(), let answer = map["answer"]?.text()
      else { return nil }
      return Persona.Exchange(ask: ask, answer: answer)
    }
  }

  private static func replies(_ node: YAMLNode) -> [AskQuality: Persona.Reply] {
    let qualities = AskQuality.allCases.map(\.rawValue)
    guard let map = node.mapping(required: qualities) else { return [:] }
    var result: [AskQuality: Persona.Reply] = [:]
    for quality in AskQuality.allCases {
      guard
        let reply = map.mapping(
          quality.rawValue, required: ["say", "verdict"], optional: ["currencies"])
      else { continue }
      let text = reply["say"]?.text()
      let verdict = reply["verdict"]?.choice("verdict", Verdict.allCases)
      if let reading = reply.reading(verdict: verdict), let text {
        result[quality] = Persona.Reply(text: text, expected: reading)
      }
    }
    return result
  }
}
