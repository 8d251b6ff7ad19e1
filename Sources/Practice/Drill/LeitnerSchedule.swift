/// Picks the cards of a drill session and moves them between boxes: a card read right moves up a
/// box and comes back later; a card missed goes back to box 1 and comes back next session.
public struct LeitnerSchedule: Sendable {
  public static let boxCount = 5

  /// Sessions to wait before a card in box `n` is due again: 1, 2, 4, 8, 16.
  public static func interval(box: Int) -> Int {
    1 << (min(max(box, 1), boxCount) - 1)
  }

  public init() {}

  /// The cards for the next session: those due (lowest box first), then new ones, then the ones
  /// seen longest ago, up to `size`.
  ///
  /// New cards come in the order of their ids, which are hashes, so a first session mixes the
  /// verdicts instead of dealing one file's hedges in a row.
  public func pick(from deck: DrillDeck, state: DrillState, size: Int) -> [DrillCard] {
    let session = state.sessions + 1
    var due: [(DrillCard, DrillState.Box)] = []
    var waiting: [(DrillCard, DrillState.Box)] = []
    var new: [DrillCard] = []
    for card in deck.cards {
      guard let box = state.boxes[card.id] else {
        new.append(card)
        continue
      }
      if session - box.lastSession >= Self.interval(box: box.box) {
        due.append((card, box))
      } else {
        waiting.append((card, box))
      }
    }
    let byBox: ((DrillCard, DrillState.Box), (DrillCard, DrillState.Box)) -> Bool = {
      ($0.1.box, $0.1.lastSession, $0.0.id) < ($1.1.box, $1.1.lastSession, $1.0.id)
    }
    let byAge: ((DrillCard, DrillState.Box), (DrillCard, DrillState.Box)) -> Bool = {
      ($0.1.lastSession, $0.1.box, $0.0.id) < ($1.1.lastSession, $1.1.box, $1.0.id)
    }
    let ordered =
      due.sorted(by: byBox).map(\.0) + new.sorted { $0.id < $1.id }
      + waiting.sorted(by: byAge).map(\.0)
    return Array(ordered.prefix(max(0, size)))
  }

  /// The state after a session in which each card of `results` was read right or not.
  ///
  /// A new card counts as being in box 1, so reading it right the first time puts it in box 2.
  public func record(_ results: [String: Bool], into state: DrillState) -> DrillState {
    var next = state
    next.sessions += 1
    for (id, right) in results {
      let current = state.boxes[id]?.box ?? 1
      let box = right ? min(current + 1, Self.boxCount) : 1
      next.boxes[id] = DrillState.Box(box: max(box, 1), lastSession: next.sessions)
    }
    return next
  }
}
