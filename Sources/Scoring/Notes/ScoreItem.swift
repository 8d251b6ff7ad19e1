/// One line of a meeting score: points won or lost, and why.
public struct ScoreItem: Sendable, Hashable, Codable {
  /// The points, positive or negative.
  public var points: Int
  /// Why, in plain words.
  public var reason: String

  /// Creates an item.
  public init(points: Int, reason: String) {
    self.points = points
    self.reason = reason
  }
}
