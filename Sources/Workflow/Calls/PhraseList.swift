import Foundation

/// Phrases looked for in lower-cased text, compared byte by byte.
///
/// Foundation's `String.contains(_:)` goes through `NSString` and its locale-aware search,
/// which was most of the time a one-hour call took to read; these phrases are plain UTF-8.
struct PhraseList: Sendable {
  private let phrases: [[UInt8]]
  private let spacedPhrases: [[UInt8]]

  /// A list of phrases, each as written.
  init(_ phrases: [String]) {
    self.phrases = phrases.map { Array($0.utf8) }
    spacedPhrases = self.phrases.map { [UInt8(ascii: " ")] + $0 }
  }

  private init(bytes: [[UInt8]]) {
    phrases = bytes
    spacedPhrases = []
  }

  /// The phrases, each after a space.
  private var spaced: PhraseList { PhraseList(bytes: spacedPhrases) }

  /// A list of phrases, each with `before` and `after` around it: `" " + phrase + " "` for a
  /// phrase that stands as whole words inside a sentence.
  init(_ phrases: [String], before: String, after: String = "") {
    self.init(phrases.map { before + $0 + after })
  }

  /// Whether any phrase occurs anywhere in the text.
  func occurs(in text: some StringProtocol) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      phrases.contains { Self.search(bytes, for: $0) }
    }
    if let found { return found }
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      phrases.contains { Self.search(buffer, for: $0) }
    }
  }

  /// Whether the text opens with any phrase.
  func opens(_ text: some StringProtocol) -> Bool {
    phrases.contains { text.utf8.starts(with: $0) }
  }

  /// Whether the text opens with any phrase or holds one after a space: the phrase starts a
  /// word.
  func startsWord(in text: some StringProtocol) -> Bool {
    opens(text) || spaced.occurs(in: text)
  }

  private static func search(_ bytes: UnsafeBufferPointer<UInt8>, for phrase: [UInt8]) -> Bool {
    guard let first = phrase.first else { return true }
    guard bytes.count >= phrase.count, let base = bytes.baseAddress else { return false }
    return phrase.withUnsafeBufferPointer { needle in
      guard let needleBase = needle.baseAddress else { return true }
      var index = 0
      let last = bytes.count - phrase.count
      while index <= last {
        if base[index] == first, memcmp(base + index, needleBase, phrase.count) == 0 {
          return true
        }
        index += 1
      }
      return false
    }
  }
}
