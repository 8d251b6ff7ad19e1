/// A call as its transcript tells it: who spoke, when, and what they said.
public struct CallTranscript: Sendable, Hashable {
  /// The format it was read from.
  public var format: TranscriptFormat
  /// The turns, in the order of the file.
  public var turns: [Turn]

  /// Creates a transcript.
  public init(format: TranscriptFormat, turns: [Turn]) {
    self.format = format
    self.turns = turns
  }

  /// The speakers' names, in the order they first speak.
  public var speakers: [String] {
    var seen: Set<String> = []
    return turns.map(\.speaker).filter { seen.insert($0).inserted }
  }

  /// Whether every turn has a start and an end, so talk time can be measured.
  public var isTimed: Bool {
    !turns.isEmpty && turns.allSatisfy { $0.start != nil && $0.end != nil }
  }

  /// Whether turns have start times, to quote findings by.
  public var hasTimestamps: Bool {
    !turns.isEmpty && turns.allSatisfy { $0.start != nil }
  }

  /// How many words the whole call holds.
  public var wordCount: Int { turns.reduce(0) { $0 + $1.wordCount } }
}
