import Diagnostics
import Vocabulary
import YAMLSource

/// Reads the drill files of `prompts/drills/` into one deck, reporting every problem at once.
public enum DrillDeckLoader {
  /// One drill file: its contents and the path to name in diagnostics.
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
  /// - Returns: The deck (nil on any error) and every diagnostic, sorted by place. The same reply
  ///   twice, even in two files, is an error: the spaced repetition keys cards by their reply.
  public static func load(_ sources: [Source]) -> (DrillDeck?, [Diagnostic]) {
    let bag = DiagnosticBag()
    var cards: [DrillCard] = []
    var seen: [String: SourceLocation] = [:]
    for source in sources {
      guard let root = YAMLDocument.parse(text: source.text, path: source.path, into: bag)?.root,
        let map = root.mapping(required: ["cards"], optional: ["title"])
      else { continue }
      _ = map["title"]?.text()
      guard let items = map.sequence("cards") else { continue }
      if items.isEmpty, let list = map["cards"] {
        list.error(.emptyDeck, "'cards' is an empty list")
      }
      for item in items {
        guard let card = card(item) else { continue }
        if let first = seen[card.id] {
          bag.error(
            .duplicateCard, "the same reply is already a card", at: item.location,
            notes: [.note("first card here", at: first)])
          continue
        }
        seen[card.id] = item.location
        cards.append(card)
      }
    }
    return (bag.hasErrors ? nil : DrillDeck(cards: cards), bag.sorted)
  }

  private static func card(_ node: YAMLNode) -> DrillCard? {
    guard
      let map = node.mapping(
        required: ["reply", "verdict", "reason"], optional: ["currencies", "differs"])
    else { return nil }
    let reply = map["reply"]?.text()
    let verdict = map["verdict"]?.choice("verdict", Verdict.allCases)
    let label = map.reading(verdict: verdict)
    let reason = map["reason"]?.text()
    let differs = map["differs"]?.text()
    guard let reply, let label, let reason else { return nil }
    return DrillCard(reply: reply, label: label, reason: reason, differs: differs)
  }
}
