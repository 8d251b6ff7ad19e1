import Testing

@testable import Journal

/// Which typed names are close enough to a lead's to be a likely typo.
@Suite struct NameMatchTests {
  @Test(arguments: [
    ("José Díaz", "jose diaz"), ("  Ada   LOVELACE ", "ada lovelace"), ("Zoë", "zoe"),
    ("Åsa", "asa"),
  ])
  func foldsCaseDiacriticsAndSpaces(name: String, folded: String) {
    #expect(NameMatch.folded(name) == folded)
  }

  @Test(arguments: [
    ("jordan", "jordon", 1), ("jordan", "jodran", 1), ("jordan", "jordan", 0), ("", "abc", 3),
    ("kitten", "sitting", 3), ("ab", "ba", 1), ("abc", "", 3),
  ])
  func countsEditsWithSwaps(left: String, right: String, expected: Int) {
    #expect(NameMatch.distance(left, right, limit: 5) == expected)
    #expect(NameMatch.distance(right, left, limit: 5) == expected)
  }

  @Test func stopsCountingPastTheLimit() {
    #expect(NameMatch.distance("jordan", "alexandra", limit: 2) == 3)
    #expect(NameMatch.distance("a", "abcdefgh", limit: 1) == 2)
  }

  @Test(arguments: [
    // Five letters or more: two edits.
    ("Jordon", "Jordan", 1), ("Jrodan", "Jordan", 1), ("Jordn", "Jordan", 1),
    ("Jordanna", "Jordan", 2), ("Katherine", "Catherine", 1),
    // Shorter: one edit.
    ("Dna", "Dana", 1), ("Sam", "Pam", 1),
    // Case and diacritics only.
    ("jose", "José", 0), ("RENEE", "Renée", 0),
    // A first name alone against a full name, either way round.
    ("Jordan", "Jordan Lee", 0), ("Jordon", "Jordan Lee", 1), ("jordan lee", "Jordan", 0),
    // Whole names a letter apart.
    ("Jordan Leee", "Jordan Lee", 1),
  ])
  func closeNames(typed: String, existing: String, edits: Int) {
    #expect(NameMatch.edits(from: typed, to: existing) == edits)
  }

  @Test(arguments: [
    ("Sam", "Dana"), ("Dan", "Dina Lee"), ("Jordan Smith", "Jordan Lee"), ("Bob", "Robert"),
    ("Jodie", "Jordan"), ("Al", "Ed"), ("Ann", "Annabel"), ("", "Ada"), ("Ada", "   "),
    // Numbered on purpose.
    ("Lead 1", "Lead 0"), ("Acme 2", "Acme"), ("Lead 10", "Lead 1"),
  ])
  func namesThatAreNotClose(typed: String, existing: String) {
    #expect(NameMatch.edits(from: typed, to: existing) == nil)
  }

  @Test func closestComesFirstThenByName() {
    let names = ["Jordanna", "Dana", "Jordyn", "Jordon"]
    #expect(
      NameMatch.closest(to: "Jordan", among: names) { $0 } == ["Jordon", "Jordyn", "Jordanna"])
    // A first name counts as close to a full name with that first name.
    #expect(
      NameMatch.closest(to: "Jordan", among: ["Jordan Lee", "jordan b", "Dana"]) { $0 } == [
        "jordan b", "Jordan Lee",
      ])
  }
}
