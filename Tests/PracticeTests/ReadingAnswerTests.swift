import Testing

@testable import Practice

struct ReadingAnswerTests {
  @Test(arguments: [
    ("hedge", Reading(.hedge)),
    ("h", Reading(.hedge)),
    ("Rejection", Reading(.rejection)),
    ("no", Reading(.rejection)),
    ("r", Reading(.rejection)),
    ("c t", Reading(.commitment, currencies: [.time])),
    ("commitment: time + money", Reading(.commitment, currencies: [.time, .money])),
    ("c r", Reading(.commitment, currencies: [.reputation])),
    ("commit rep and money", Reading(.commitment, currencies: [.reputation, .money])),
    ("time commitment", Reading(.commitment, currencies: [.time])),
  ])
  func readsAbbreviationsAndCurrencies(line: String, expected: Reading) throws {
    #expect(try ReadingAnswer.parse(line) == expected)
  }

  @Test(arguments: [
    ("", "type commitment"),
    ("hedge rejection", "two verdicts given"),
    ("hedge time", "only a commitment costs"),
    ("perhaps", "'perhaps' is not a verdict or a currency"),
  ])
  func refusesWhatIsNotAReading(line: String, start: String) {
    #expect(throws: ReadingAnswer.Problem.self) { try ReadingAnswer.parse(line) }
    do {
      _ = try ReadingAnswer.parse(line)
    } catch {
      #expect(error.message.hasPrefix(start))
    }
  }

  @Test func gradesExactNearlyAndWrong() {
    let expected = Reading(.commitment, currencies: [.time, .money])
    #expect(ReadingGrade(given: expected, expected: expected).score == 100)
    let nearly = ReadingGrade(given: Reading(.commitment, currencies: [.time]), expected: expected)
    #expect(nearly.score == 60)
    #expect(nearly.summary == "nearly: commitment (time, money), you said commitment (time)")
    #expect(ReadingGrade(given: Reading(.hedge), expected: expected).score == 0)
  }
}
