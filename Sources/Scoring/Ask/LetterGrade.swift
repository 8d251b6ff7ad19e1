/// An ask's grade as a letter, from its score: A and B are good asks, F is one to rewrite.
public enum LetterGrade: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible
{
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"
  case f = "F"

  /// The letter for a score of 0–100.
  public init(score: Int) {
    self =
      switch score {
      case 85...: .a
      case 70..<85: .b
      case 55..<70: .c
      case 40..<55: .d
      default: .f
      }
  }

  /// The letter as shown.
  public var description: String { rawValue }
}
