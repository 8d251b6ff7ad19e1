import GRDB

/// What a commitment costs the prospect, from the cheapest to the most telling.
public enum Currency: String, Codable, CaseIterable, Comparable, Sendable {
  case time
  case reputation
  case money

  /// Orders by how much the commitment proves: money > reputation > time.
  public var rank: Int {
    switch self {
    case .time: return 1
    case .reputation: return 2
    case .money: return 3
    }
  }

  public static func < (lhs: Currency, rhs: Currency) -> Bool { lhs.rank < rhs.rank }
}

extension Currency: DatabaseValueConvertible {}
