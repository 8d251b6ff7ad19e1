/// Finds the closest known word to a mistyped one, for "did you mean" hints.
public enum Suggestion {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  ///
  /// - Parameters:
  ///   - word: What was typed.
  ///   - candidates: The known words.
  /// - Returns: The best candidate, or nil when none is within a third of the word's length
  ///   (at least 1, at most 3 edits) and none starts with it.
  public static func closest(to word: String, in candidates: [String]) -> String? {
    let lowered = word.lowercased()
    if let prefixed = candidates.filter({ $0.hasPrefix(lowered) && !lowered.isEmpty }).min() {
      return prefixed
    }
    let limit = min(3, max(1, word.count / 3))
    let scored = candidates.map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
    guard let best = scored.min(by: { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }),
      best.distance <= limit
    else {
      return nil
    }
    return best.candidate
  }

  /// The Damerau–Levenshtein (optimal string alignment) distance between two strings.
  public static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previousPrevious[j - 2] + 1)
        }
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
  }
}
