/// Small pieces of English the commands' messages share.
enum Wording {
  /// `a`, `a or b`, `a, b or c` (or `and`, with `joiner`).
  static func alternatives(_ words: [String], joiner: String = "or") -> String {
    guard let last = words.last, words.count > 1 else { return words.first ?? "" }
    return words.dropLast().joined(separator: ", ") + " \(joiner) " + last
  }

  /// `1 meeting`, `3 meetings`.
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
