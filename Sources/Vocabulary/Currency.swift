/// What a commitment costs the other side.
public enum Currency: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case time
  case reputation
  case money

  /// Sorts as DESIGN.md lists them: time, reputation, money.
  public static func < (lhs: Currency, rhs: Currency) -> Bool {
    lhs.order < rhs.order
  }

  private var order: Int {
    switch self {
    case .time: 0
    case .reputation: 1
    case .money: 2
    }
  }
}
