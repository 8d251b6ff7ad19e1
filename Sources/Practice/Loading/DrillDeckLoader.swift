import Yams

/// Reads the drill files of `prompts/drills/` into one deck, reporting every problem at once.
public enum DrillDeckLoader {
  /// One drill file: its contents and the path to name in problems.
  public struct Source: Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
      self.path = path
      self.text = text
    }
  }

  /// The deck made of every card in `sources`, in order.
  ///
  /// - Returns: The deck (nil on any error) and every problem found, warnings included. The same
  ///   reply twice, even in two files, is an error: the spaced repetition keys cards by reply.
  public static func load(_ sources: [Source]) -> (DrillDeck?, [LoadProblem]) {
    var cards: [DrillCard] = []
    var problems: [LoadProblem] = []
    var seen: [String: String] = [:]
    for source in sources {
      var reader = NodeReader(path: source.path, text: source.text)
      defer { problems += reader.problems }
      guard let root = reader.root(of: source.text) else { continue }
      let fields = reader.fields(
        root, what: "a drill file", known: ["title", "cards"], required: ["cards"])
      _ = fields["title"].flatMap { reader.text($0, "title") }
      guard let list = fields["cards"] else { continue }
      guard case .sequence(let sequence) = list, !sequence.isEmpty else {
        reader.report(list, "'cards' should be a list of cards")
        continue
      }
      for item in sequence {
        guard let card = card(item, &reader) else { continue }
        let place = "\(source.path):\(item.mark?.line ?? 0)"
        if let first = seen[card.id] {
          reader.report(item, "the same reply is already a card at \(first)")
          continue
        }
        seen[card.id] = place
        cards.append(card)
      }
    }
    let failed = problems.contains { $0.severity == .error }
    return (failed ? nil : DrillDeck(cards: cards), problems)
  }

  private static func card(_ node: Node, _ reader: inout NodeReader) -> DrillCard? {
    let fields = reader.fields(
      node, what: "a card", known: ["reply", "verdict", "currencies", "reason", "differs"],
      required: ["reply", "verdict", "reason"])
    let reply = reader.text(fields["reply"], "reply")
    let verdict = reader.choice(fields["verdict"], "verdict", Reading.Verdict.allCases)
    let currencies = reader.currencies(fields["currencies"])
    let reason = reader.text(fields["reason"], "reason")
    let differs = fields["differs"].flatMap { reader.text($0, "differs") }
    if let verdict {
      PersonaLoader.checkCurrencies(verdict, currencies, at: fields["currencies"] ?? node, &reader)
    }
    guard let reply, let verdict, let reason else { return nil }
    return DrillCard(
      reply: reply, label: Reading(verdict, currencies: currencies), reason: reason,
      differs: differs)
  }
}
