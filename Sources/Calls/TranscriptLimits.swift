/// How much of a transcript `advance` reads before refusing it: far beyond any real call, and
/// small enough that a hostile file is turned away in milliseconds.
public struct TranscriptLimits: Sendable, Hashable {
  /// The largest file, in bytes.
  ///
  /// A one-hour call is about 150 KB of WebVTT; three hours with long lines stay under 1 MB.
  public var bytes: Int
  /// The most turns (cues, labelled lines or blocks).
  ///
  /// A one-hour call has about 1,500.
  public var turns: Int
  /// The most characters in one turn.
  public var turnLength: Int
  /// The most diagnostics reported; the rest are counted in a last one.
  public var diagnostics: Int

  /// Creates limits.
  public init(
    bytes: Int = 2 << 20, turns: Int = 5_000, turnLength: Int = 100_000, diagnostics: Int = 50
  ) {
    self.bytes = bytes
    self.turns = turns
    self.turnLength = turnLength
    self.diagnostics = diagnostics
  }

  /// The limits `advance transcript` and `debrief --transcript` use.
  public static let standard = TranscriptLimits()
}
