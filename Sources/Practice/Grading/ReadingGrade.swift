/// How the founder's reading of a reply compares with the reference reading.
public struct ReadingGrade: Equatable, Sendable, Codable {
  public var given: Reading
  public var expected: Reading

  public init(given: Reading, expected: Reading) {
    self.given = given
    self.expected = expected
  }

  public var verdictIsRight: Bool { given.verdict == expected.verdict }

  /// The verdict and, for a commitment, the exact currencies.
  public var isExact: Bool { given == expected }

  /// 100 exact, 60 for the right verdict with other currencies, 0 for the wrong verdict.
  public var score: Int {
    isExact ? 100 : verdictIsRight ? 60 : 0
  }

  /// One line for the founder: right, nearly, or what it was.
  public var summary: String {
    if isExact { return "right: \(expected.summary)" }
    if verdictIsRight {
      return "nearly: \(expected.summary), you said \(given.summary)"
    }
    return "it was \(expected.summary), you said \(given.summary)"
  }
}
