import Foundation

/// One sitting of flash cards, as a state machine: shows a card, takes the founder's reading,
/// grades it against the card's label, says how to record each answer, and at the end hands
/// back the new spaced repetition state.
public struct DrillSession: Sendable {
  /// The verdict on one card.
  public struct Feedback: Equatable, Sendable {
    public var card: DrillCard
    public var grade: ReadingGrade
    public var answeredAt: Date
  }

  /// Names this sitting in the stored progress: a lowercase UUID unless given.
  public let id: String
  public let startedAt: Date
  public let cards: [DrillCard]
  public private(set) var position = 0
  public private(set) var feedback: [Feedback] = []
  private let startState: DrillState
  private let schedule: LeitnerSchedule
  private let clock: @Sendable () -> Date

  /// A session of up to `size` cards picked from `deck` for the founder at `state`.
  public init(
    deck: DrillDeck, state: DrillState, size: Int = 10, schedule: LeitnerSchedule = .init(),
    id: String = UUID().uuidString.lowercased(),
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.cards = schedule.pick(from: deck, state: state, size: size)
    self.startState = state
    self.schedule = schedule
    self.id = id
    self.clock = clock
    self.startedAt = clock()
  }

  /// The spaced repetition session this sitting counts as once a card is answered.
  public var session: Int { startState.sessions + 1 }

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
    let result = Feedback(
      card: card, grade: ReadingGrade(given: given, expected: card.label), answeredAt: clock())
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

  /// The latest answer as a store keeps it: the card's new box, and the totals so far.
  public var latestAnswer: DrillAnswer? {
    guard let last = feedback.last,
      let box = schedule.record([last.card.id: last.grade.isExact], into: startState)
        .boxes[last.card.id]
    else { return nil }
    return DrillAnswer(
      sittingId: id, session: session, startedAt: startedAt, answeredAt: last.answeredAt,
      cardId: last.card.id, box: box, cards: feedback.count, correct: correct, score: score)
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
