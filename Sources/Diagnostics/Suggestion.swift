/// "Did you mean" suggestions by edit distance, shared by every loader.
public enum Suggestion {
  /// The candidate closest to a misspelt word, when it is close enough to be a likely typo.
  ///
  /// Close enough means an edit distance (insertions, deletions, substitutions, swaps of two
  /// neighbours; case-insensitive) of at most a third of the word's length, and at least 1.
  ///
  /// - Parameters:
  ///   - word: What the user wrote.
  ///   - candidates: The words that would have been valid.
  /// - Returns: The closest candidate, or nil when none is close; ties go to the earlier candidate.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, word.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates where candidate != word {
      let distance = editDistance(word.lowercased(), candidate.lowercased())
      if distance <= limit, distance < (best?.distance ?? Int.max) {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }

  /// The ` (did you mean 'x'?)` suffix for a message, or an empty string when nothing is close.
  ///
  /// - Parameters:
  ///   - word: What the user wrote.
  ///   - candidates: The words that would have been valid.
  /// - Returns: A suffix to append to a diagnostic message.
  public static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> String {
    guard let match = closest(to: word, in: candidates) else { return "" }
    return " (did you mean '\(match)'?)"
  }

  /// The optimal-string-alignment distance between two strings, in characters.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs)
    let b = Array(rhs)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previous2[j - 2] + 1)
        }
        current[j] = value
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
