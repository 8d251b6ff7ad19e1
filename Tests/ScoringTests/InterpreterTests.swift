import Testing

@testable import Scoring

@Suite struct InterpreterTests {
  @Test func bundledLexiconLoadsCleanly() {
    #expect(bundledDiagnostics.map(\.headline) == [])
  }

  @Test(arguments: [
    ("Sounds great, keep me posted", Verdict.hedge, [Currency]()),
    ("I love it, this is really impressive work!", .hedge, []),
    ("If you build the Salesforce sync we'd buy it.", .hedge, []),
    ("I'd probably pay for that.", .hedge, []),
    ("We'll definitely schedule something soon.", .hedge, []),
    (
      "I can't promise a purchase, but let's get you in front of our head of IT Wednesday at 11.",
      .commitment, [.time, .reputation]
    ),
    ("I won't commit to anything today.", .hedge, []),
    ("Thanks so much, but this isn't for us.", .rejection, []),
    ("Let me know when it's ready.", .hedge, []),
    ("Let me think about it and get back to you.", .hedge, []),
    ("Send me an email with some info.", .hedge, []),
    ("Sure, let's meet Tuesday at 3pm.", .commitment, [.time]),
    ("I'll introduce you to Maria, our CFO.", .commitment, [.reputation]),
    ("We'll put down a $5k deposit this week.", .commitment, [.money]),
    ("We'll run a paid pilot with the team starting next month.", .commitment, [.time, .money]),
    ("We're not interested, we already have a tool for this.", .rejection, []),
    ("We will not be moving forward.", .rejection, []),
    ("Send me the LOI and I'll sign it.", .commitment, [.money]),
  ])
  func hardCases(text: String, verdict: Verdict, currencies: [Currency]) {
    let result = interpreter.interpret(text)
    #expect(result.verdict == verdict, "\(text): \(result.reasons)")
    #expect(result.currencies == currencies, "\(text): \(result.reasons)")
  }
}

@Suite struct DevReplyTests {
  @Test func devRepliesMostlyRight() {
    var misses: [String] = []
    for reply in devReplies {
      let result = interpreter.interpret(reply.text)
      if result.verdict != reply.verdict || result.currencies != reply.currencies {
        misses.append("\(reply.text) -> \(result.verdict) \(result.currencies)")
      }
    }
    #expect(misses.count <= 2, "\(misses)")
  }
}
