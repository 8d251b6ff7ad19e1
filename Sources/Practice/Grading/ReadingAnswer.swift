import Vocabulary

/// Parses the founder's classification of a reply: "hedge", "c time money", "commitment: rep".
public enum ReadingAnswer {
  /// Why a line is not a classification, in words to show the founder.
  public struct Problem: Error, Equatable, Sendable {
    public let message: String
  }

  static let usage =
    "type commitment, hedge or rejection (or c, h, r), and for a commitment what it costs:"
    + " time, reputation, money (e.g. 'c time')"

  /// The reading the founder typed.
  ///
  /// Words may be abbreviated to any unique prefix; "no" stands for rejection.
  /// - Throws: `Problem` when no verdict, two verdicts or an unknown word is given.
  public static func parse(_ line: String) throws(Problem) -> Reading {
    let words = line.lowercased().split { !$0.isLetter }.map(String.init)
    var verdict: Verdict?
    var currencies: Set<Currency> = []
    for word in words {
      let verdictHit = match(word, Verdict.allCases.map(\.rawValue) + ["no"])
      let currencyHit = match(word, Currency.allCases.map(\.rawValue)).flatMap {
        Currency(rawValue: $0)
      }
      // After "commitment", "r" means reputation, not rejection.
      if verdict == .commitment, let currencyHit {
        currencies.insert(currencyHit)
      } else if let verdictHit {
        let next = Verdict(rawValue: verdictHit) ?? .rejection
        if let verdict, verdict != next {
          throw Problem(message: "two verdicts given; " + usage)
        }
        verdict = next
      } else if let currencyHit {
        currencies.insert(currencyHit)
      } else if word == "and" {
        continue
      } else {
        throw Problem(message: "'\(word)' is not a verdict or a currency; " + usage)
      }
    }
    guard let verdict else { throw Problem(message: usage) }
    if verdict != .commitment, !currencies.isEmpty {
      throw Problem(message: "only a commitment costs time, reputation or money; " + usage)
    }
    return Reading(verdict, currencies: currencies)
  }

  private static func match(_ word: String, _ candidates: [String]) -> String? {
    if candidates.contains(word) { return word }
    let hits = candidates.filter { $0.hasPrefix(word) }
    return hits.count == 1 ? hits[0] : nil
  }
}
