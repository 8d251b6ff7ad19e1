/// One sitting of flash cards, as a state machine: shows a card, takes the founder's reading,
/// grades it against the card's label, and at the end hands back the new spaced repetition
/// state.
public struct DrillSession: Sendable {
  /// The verdict on one card.
  public struct Feedback: Equatable, Sendable {
    public var card: DrillCard
    public var grade: ReadingGrade
  }

  public let cards: [DrillCard]
  public private(set) var position = 0
  public private(set) var feedback: [Feedback] = []
  private let startState: DrillState
  private let schedule: LeitnerSchedule

  /// A session of up to `size` cards picked from `deck` for the founder at `state`.
  public init(
    deck: DrillDeck, state: DrillState, size: Int = 10, schedule: LeitnerSchedule = .init()
  ) {
    self.cards = schedule.pick(from: deck, state: state, size: size)
    self.startState = state
    self.schedule = schedule
  }

  /// The card to classify next, or nil when the session is over.
  public var current: DrillCard? {
    position < cards.count ? cards[position] : nil
  }

  /// Grades the founder's reading of the current card and moves on.
  ///
  /// - Throws: `ReadingAnswer.Problem` when the line is not a reading; the card stays.
  public mutating func answer(_ line: String) throws(ReadingAnswer.Problem) -> Feedback? {
    guard let card = current else { return nil }
    let given = try ReadingAnswer.parse(line)
    let result = Feedback(card: card, grade: ReadingGrade(given: given, expected: card.label))
    feedback.append(result)
    position += 1
    return result
  }

  /// Cards read exactly right (verdict and currencies).
  public var correct: Int { feedback.filter(\.grade.isExact).count }

  /// 0–100 over the cards answered.
  public var score: Int {
    feedback.isEmpty ? 0 : feedback.map(\.grade.score).reduce(0, +) / feedback.count
  }

  /// The spaced repetition state after this session.
  ///
  /// A card counts as right only when exact; cards not reached are left where they were.
  public var finalState: DrillState {
    guard !feedback.isEmpty else { return startState }
    var results: [String: Bool] = [:]
    for item in feedback {
      results[item.card.id] = item.grade.isExact
    }
    return schedule.record(results, into: startState)
  }
}
