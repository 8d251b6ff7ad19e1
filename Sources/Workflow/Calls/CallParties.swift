import Calls
import Vocabulary

/// Who is on the founder's side of a call: the speakers the founder named (`--me`), or names
/// remembered from earlier calls; everyone else is the prospect's side.
public struct CallParties: Sendable, Hashable {
  /// The speakers on the founder's side, as the transcript writes them.
  public var founders: Set<String>

  /// Creates the sides from speaker names already matched.
  public init(founders: Set<String>) {
    self.founders = founders
  }

  /// The side of a speaker.
  public func side(of speaker: String) -> Party {
    founders.contains(speaker) ? .us : .them
  }

  /// The speaker a name given by the founder stands for: the same name in any case, or the
  /// only speaker whose first name (or full name) it is.
  ///
  /// - Parameters:
  ///   - name: A name as the founder typed it (`--me Tomasz`).
  ///   - speakers: The transcript's speakers.
  /// - Returns: The speaker, or nil when none or several match.
  public static func speaker(named name: String, in speakers: [String]) -> String? {
    let wanted = Self.key(name)
    guard !wanted.isEmpty else { return nil }
    if let exact = speakers.first(where: { Self.key($0) == wanted }) { return exact }
    let byFirst = speakers.filter { speaker in
      let words = Self.key(speaker).split(separator: " ")
      return words.first.map(String.init) == wanted
        || (words.count > 1 && Self.key(speaker).hasPrefix(wanted + " "))
    }
    return byFirst.count == 1 ? byFirst[0] : nil
  }

  /// The founder's side among `speakers`, from names remembered in the journal: a speaker
  /// counts when their whole name was remembered (first names alone are too common).
  public static func remembered(_ names: [String], in speakers: [String]) -> Set<String> {
    let known = Set(names.map(key))
    return Set(speakers.filter { known.contains(key($0)) })
  }

  /// A name compared without case and extra spaces.
  static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}
