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

  /// A list of phrases, each with `before` and `after` around it: `" " + phrase + " "` for a
  /// phrase that stands as whole words inside a sentence.
  init(_ phrases: [String], before: String, after: String = "") {
    self.init(phrases.map { before + $0 + after })
  }

  /// Whether any phrase occurs anywhere in the text.
  func occurs(in text: some StringProtocol) -> Bool {
    Self.anyOccurs(phrases, in: text)
  }

  /// Whether the text opens with any phrase.
  func opens(_ text: some StringProtocol) -> Bool {
    phrases.contains { text.utf8.starts(with: $0) }
  }

  /// Whether the text opens with any phrase or holds one after a space: the phrase starts a
  /// word.
  func startsWord(in text: some StringProtocol) -> Bool {
    opens(text) || Self.anyOccurs(spacedPhrases, in: text)
  }

  /// Whether any of `list` occurs in the text, searched on its contiguous bytes when there are.
  private static func anyOccurs(_ list: [[UInt8]], in text: some StringProtocol) -> Bool {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes in
      list.contains { search(bytes, for: $0) }
    }
    if let found { return found }
    return Array(text.utf8).withUnsafeBufferPointer { buffer in
      list.contains { search(buffer, for: $0) }
    }
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
