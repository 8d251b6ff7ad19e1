/// The features of one text: hashed buckets with values, and the tokens each came from, so a
/// verdict can quote the words that weighed most.
public struct FeatureVector: Sendable {
  /// One feature.
  public struct Entry: Sendable, Hashable {
    /// The bucket.
    public var index: Int32
    /// The value, usually 1 scaled by the family's size.
    public var value: Float
    /// The tokens it came from; `nil` for features of the whole text.
    public var tokens: Range<Int>?
  }

  /// How many buckets the features are hashed into, as a power of two.
  public let bits: Int
  /// The features, in the order they were found.
  public private(set) var entries: [Entry] = []

  /// Creates an empty vector.
  public init(bits: Int) {
    self.bits = bits
    entries.reserveCapacity(256)
  }

  mutating func add(_ hasher: FeatureHasher, value: Float = 1, tokens: Range<Int>? = nil) {
    entries.append(Entry(index: hasher.bucket(bits: bits), value: value, tokens: tokens))
  }

  /// Scales the values of the entries from `start` on, so a family's weight does not grow
  /// with the length of the text.
  mutating func normalize(from start: Int) {
    let count = entries.count - start
    guard count > 0 else { return }
    let scale = 1 / Float(count).squareRoot()
    for index in start..<entries.count { entries[index].value *= scale }
  }
}
