import Foundation

/// How close a typed name is to a lead's name, to catch a typo (`Jordon` for `Jordan`) before it
/// becomes a lead of its own.
///
/// Names are compared folded: without case, diacritics or extra spaces, so `josé  díaz` is
/// `Jose Diaz`. Two names are close when their edit distance (insertions, deletions,
/// substitutions and swaps of two neighbours, one each) is at most 2 for a typed name of five
/// letters or more, at most 1 for a shorter one; or when one of them is a first name alone that
/// is that close to the other's first name (`Jordan` and `Jordan Lee`). Names whose digits differ
/// are never close: `Lead 1` and `Lead 2`, `Acme 2` and `Acme` are numbered on purpose.
public enum NameMatch {
  /// The most edits for a typed name of `letters` letters to still be close.
  ///
  /// - Parameter letters: The typed name's letters, spaces left out.
  /// - Returns: 2 for five letters or more, else 1.
  public static func allowedEdits(letters: Int) -> Int {
    letters >= 5 ? 2 : 1
  }

  /// A name without case, diacritics, or spaces other than one between words.
  ///
  /// - Parameter name: The name as typed or stored.
  /// - Returns: The folded name: `José  Díaz` gives `jose diaz`.
  public static func folded(_ name: String) -> String {
    let bare = name.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
      $0.properties.generalCategory != .nonspacingMark
    }
    return String(String.UnicodeScalarView(bare)).lowercased()
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }

  /// The edit distance between two strings, in characters: insertions, deletions, substitutions
  /// and swaps of two neighbouring characters count one each.
  ///
  /// - Parameters:
  ///   - left: One string.
  ///   - right: The other.
  ///   - limit: Stop counting past this: any distance above it is returned as `limit + 1`.
  /// - Returns: The distance, at most `limit + 1`.
  public static func distance(_ left: String, _ right: String, limit: Int) -> Int {
    let left = Array(left)
    let right = Array(right)
    guard abs(left.count - right.count) <= limit else { return limit + 1 }
    guard !left.isEmpty else { return min(right.count, limit + 1) }
    guard !right.isEmpty else { return min(left.count, limit + 1) }
    // Three rows of the optimal-string-alignment table: two back for swaps.
    var before = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for row in 1...left.count {
      current[0] = row
      var smallest = row
      for column in 1...right.count {
        let cost = left[row - 1] == right[column - 1] ? 0 : 1
        var value = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
        if row > 1, column > 1, left[row - 1] == right[column - 2],
          left[row - 2] == right[column - 1]
        {
          value = min(value, before[column - 2] + 1)
        }
        current[column] = value
        smallest = min(smallest, value)
      }
      if smallest > limit { return limit + 1 }
      (before, previous, current) = (previous, current, before)
    }
    return min(previous[right.count], limit + 1)
  }

  /// How far `typed` is from `existing`, when the two are close.
  ///
  /// - Parameters:
  ///   - typed: The name the founder typed.
  ///   - existing: A lead's name.
  /// - Returns: The edits between them (0 when they differ only in case, diacritics or
  ///   spaces), or between the first names when one of them is a first name alone; `nil` when
  ///   they are not close.
  public static func edits(from typed: String, to existing: String) -> Int? {
    let typed = folded(typed)
    let existing = folded(existing)
    guard !typed.isEmpty, !existing.isEmpty,
      typed.filter(\.isNumber).elementsEqual(existing.filter(\.isNumber))
    else { return nil }
    let allowed = allowedEdits(letters: typed.filter { $0 != " " }.count)
    let whole = distance(typed, existing, limit: allowed)
    var best = whole <= allowed ? whole : nil
    let typedWords = typed.split(separator: " ")
    let existingWords = existing.split(separator: " ")
    if typedWords.count == 1 || existingWords.count == 1, typedWords.count != existingWords.count,
      let typedFirst = typedWords.first, let existingFirst = existingWords.first
    {
      let first = String(typedFirst)
      let limit = allowedEdits(letters: min(first.count, existingFirst.count))
      let edits = distance(first, String(existingFirst), limit: limit)
      if edits <= limit { best = min(best ?? edits, edits) }
    }
    return best
  }

  /// The candidates whose names are close to `typed`, closest first (then by name).
  ///
  /// - Parameters:
  ///   - typed: The name the founder typed.
  ///   - candidates: What to choose from.
  ///   - name: A candidate's name.
  /// - Returns: The close candidates, in order.
  public static func closest<Candidate>(
    to typed: String, among candidates: [Candidate], name: (Candidate) -> String
  ) -> [Candidate] {
    candidates.compactMap { candidate -> (Candidate, Int, String)? in
      let candidateName = name(candidate)
      return edits(from: typed, to: candidateName).map { (candidate, $0, folded(candidateName)) }
    }
    .sorted { left, right in left.1 != right.1 ? left.1 < right.1 : left.2 < right.2 }
    .map(\.0)
  }
}
