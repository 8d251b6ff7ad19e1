/// The cards of every file in `prompts/drills/`, in file order.
public struct DrillDeck: Equatable, Sendable {
  public var cards: [DrillCard]

  public init(cards: [DrillCard]) {
    self.cards = cards
  }

  /// The card with `id`, if the deck has it.
  public func card(id: String) -> DrillCard? {
    cards.first { $0.id == id }
  }
}
