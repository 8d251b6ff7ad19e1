/// The REPL's command history as a value: capped, without blank lines or immediate repeats.
///
/// Lines typed with a leading space are kept out, as shells do, so a founder can keep a command
/// private.
public struct CommandHistory: Equatable, Sendable {
  /// The most entries kept, in memory and on disk.
  public static let defaultCapacity = 1000

  public private(set) var entries: [String]
  public let capacity: Int

  public init(entries: [String] = [], capacity: Int = CommandHistory.defaultCapacity) {
    self.capacity = max(1, capacity)
    self.entries = []
    for entry in entries {
      append(entry)
    }
  }

  /// Adds a line typed at the prompt.
  ///
  /// - Parameter line: The line as typed.
  /// - Returns: Whether the line was recorded.
  @discardableResult
  public mutating func append(_ line: String) -> Bool {
    guard Self.isRecordable(line), entries.last != line else {
      return false
    }
    entries.append(line)
    if entries.count > capacity {
      entries.removeFirst(entries.count - capacity)
    }
    return true
  }

  /// The longest line kept, in UTF-8 bytes: a pasted email is not a command to recall.
  public static let longestLine = 4096

  /// Whether a line belongs in the history at all.
  public static func isRecordable(_ line: String) -> Bool {
    guard let first = line.first, first != " ", first != "\t", line.utf8.count <= longestLine
    else {
      return false
    }
    return !line.contains(where: \.isNewline)
  }

  /// The history file's text: one entry a line.
  public var fileContents: String {
    entries.map { $0 + "\n" }.joined()
  }

  /// Reads a history file's text, keeping the newest `capacity` entries.
  public static func parse(_ text: String, capacity: Int = defaultCapacity) -> CommandHistory {
    CommandHistory(
      entries: text.split(whereSeparator: \.isNewline).map(String.init), capacity: capacity)
  }

  /// Merges what another process saved meanwhile with the lines this session added.
  ///
  /// - Parameters:
  ///   - onDisk: The history as it is on disk now.
  ///   - added: The lines this session recorded, oldest first.
  /// - Returns: The file's history followed by this session's lines, capped.
  public static func merging(onDisk: CommandHistory, added: [String]) -> CommandHistory {
    var merged = onDisk
    for line in added {
      merged.append(line)
    }
    return merged
  }
}
