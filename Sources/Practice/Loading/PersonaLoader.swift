import Yams

/// Reads `prompts/personas/NAME.yaml` into a `Persona`, reporting every problem at once.
public enum PersonaLoader {
  static let keys = [
    "name", "kind", "company", "role", "stage", "scene", "background", "cares_about", "learning",
    "replies", "better_ask", "lesson",
  ]
  static let required = [
    "name", "company", "role", "stage", "scene", "background", "learning", "replies", "better_ask",
    "lesson",
  ]

  /// The persona in `text`, or the problems that keep it from loading.
  ///
  /// - Parameters:
  ///   - text: The file's contents.
  ///   - path: The path to name in problems, such as `prompts/personas/skeptic.yaml`.
  /// - Returns: The persona (nil on any error) and every problem found, warnings included.
  public static func load(_ text: String, path: String) -> (Persona?, [LoadProblem]) {
    var reader = NodeReader(path: path, text: text)
    guard let root = reader.root(of: text) else { return (nil, reader.problems) }
    let fields = reader.fields(root, what: "a persona", known: keys, required: required)
    let name = reader.text(fields["name"], "name")
    let kind = fields["kind"].flatMap { reader.text($0, "kind") }
    let company = reader.text(fields["company"], "company")
    let role = reader.text(fields["role"], "role")
    let stage = reader.choice(fields["stage"], "stage", Stage.allCases)
    let scene = reader.text(fields["scene"], "scene")
    let background = reader.text(fields["background"], "background")
    let cares = reader.items(fields["cares_about"], "cares_about").compactMap {
      reader.text($0, "cares_about")
    }
    let learning = exchanges(fields["learning"], &reader)
    let replies = replies(fields["replies"], &reader)
    let better = reader.text(fields["better_ask"], "better_ask")
    let lesson = reader.text(fields["lesson"], "lesson")
    guard !reader.problems.contains(where: { $0.severity == .error }), let name, let company,
      let role, let stage, let scene, let background, let better, let lesson
    else { return (nil, reader.problems) }
    let persona = Persona(
      id: identifier(fromPath: path), name: name, kind: kind ?? "", company: company, role: role,
      stage: stage, scene: scene, background: background, caresAbout: cares, learning: learning,
      replies: replies, betterAsk: better, lesson: lesson)
    return (persona, reader.problems)
  }

  /// `skeptic` for `prompts/personas/skeptic.yaml`.
  public static func identifier(fromPath path: String) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    return file.hasSuffix(".yaml") ? String(file.dropLast(5)) : file
  }

  private static func exchanges(_ node: Node?, _ reader: inout NodeReader) -> [Persona.Exchange] {
    guard let node else { return [] }
    guard case .sequence(let sequence) = node, !sequence.isEmpty else {
      reader.report(node, "'learning' should be a list of exchanges, each with 'ask' and 'answer'")
      return []
    }
    return sequence.compactMap { item in
      let fields = reader.fields(
        item, what: "a learning exchange", known: ["ask", "answer"], required: ["ask", "answer"])
      guard let ask = reader.text(fields["ask"], "ask"),
        let answer = reader.text(fields["answer"], "answer")
      else { return nil }
      return Persona.Exchange(ask: ask, answer: answer)
    }
  }

  private static func replies(_ node: Node?, _ reader: inout NodeReader) -> [AskQuality:
    Persona.Reply]
  {
    guard let node else { return [:] }
    let qualities = AskQuality.allCases.map(\.rawValue)
    let fields = reader.fields(node, what: "replies", known: qualities, required: qualities)
    var result: [AskQuality: Persona.Reply] = [:]
    for quality in AskQuality.allCases {
      guard let item = fields[quality.rawValue] else { continue }
      let reply = reader.fields(
        item, what: "the '\(quality.rawValue)' reply", known: ["say", "verdict", "currencies"],
        required: ["say", "verdict"])
      let text = reader.text(reply["say"], "say")
      let verdict = reader.choice(reply["verdict"], "verdict", Reading.Verdict.allCases)
      let currencies = reader.currencies(reply["currencies"])
      if let verdict {
        checkCurrencies(verdict, currencies, at: reply["currencies"] ?? item, &reader)
      }
      if let text, let verdict {
        result[quality] = Persona.Reply(
          text: text, expected: Reading(verdict, currencies: currencies))
      }
    }
    return result
  }

  static func checkCurrencies(
    _ verdict: Reading.Verdict, _ currencies: Set<Reading.Currency>, at node: Node,
    _ reader: inout NodeReader
  ) {
    if verdict == .commitment, currencies.isEmpty {
      reader.report(
        node, "a commitment needs 'currencies': what it costs (time, reputation, money)")
    } else if verdict != .commitment, !currencies.isEmpty {
      reader.report(node, "only a commitment has currencies; this reply is a \(verdict.rawValue)")
    }
  }
}
