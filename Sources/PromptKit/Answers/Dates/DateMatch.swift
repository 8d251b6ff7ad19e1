/// A date phrase found inside a sentence by ``DateParser/find(in:)``.
public struct DateMatch: Sendable, Hashable {
  /// Where the phrase lies in the text searched.
  public let range: Range<String.Index>
  /// The phrase as written: `the 14th`, `Thursday 10am`, `next tue 3pm`.
  public let text: String
  /// What it means.
  public let reading: DateReading

  /// Creates a match.
  ///
  /// - Parameters:
  ///   - range: The phrase's place in the searched text.
  ///   - text: The phrase as written.
  ///   - reading: What it means.
  public init(range: Range<String.Index>, text: String, reading: DateReading) {
    self.range = range
    self.text = text
    self.reading = reading
  }
}
