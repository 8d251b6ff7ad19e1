/// Bounds that keep hostile YAML from exhausting memory, the stack or time.
public struct YAMLLimits: Sendable, Hashable {
  /// The largest file accepted, in bytes (1 MiB by default).
  public var maxBytes: Int
  /// How many aliases (`*name`) one file may use.
  public var maxAliases: Int
  /// How deeply collections may nest.
  ///
  /// Composing, wrapping and reading a document recurse once a level, so this also bounds the
  /// stack they use: `advance` parses on its main thread, and the deepest allowed document loads
  /// even on a 512 KiB secondary-thread stack (`SmallStackTests`). The depth is checked by an
  /// event walk that does not recurse, before anything recursive runs.
  public var maxDepth: Int
  /// How many nodes the document may hold once every alias is expanded.
  ///
  /// A 1 MiB file holds at most about half a million nodes of its own; this leaves room for
  /// ordinary reuse while keeping any walk over the expanded tree bounded.
  public var maxExpandedNodes: Int

  /// Creates limits.
  public init(
    maxBytes: Int = 1 << 20, maxAliases: Int = 100, maxDepth: Int = 64,
    maxExpandedNodes: Int = 1_000_000
  ) {
    self.maxBytes = maxBytes
    self.maxAliases = maxAliases
    self.maxDepth = maxDepth
    self.maxExpandedNodes = maxExpandedNodes
  }

  /// The limits every loader uses unless told otherwise.
  public static let standard = YAMLLimits()
}
