import Foundation
import Testing
import Vocabulary

@testable import Scoring

@Suite struct InterpreterTests {
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

/// A held-out set written apart from the corpora.
///
/// Neither the rules nor the weights were tuned on it. The bars are the targets for text nobody tuned for.
@Suite struct DevReplyTests {
  @Test func devRepliesMostlyRight() {
    var verdicts: [String] = []
    var exact: [String] = []
    for reply in devReplies {
      let result = interpreter.interpret(reply.text)
      if result.verdict != reply.verdict {
        verdicts.append("\(reply.text) -> \(result.verdict)")
      } else if result.currencies != reply.currencies {
        exact.append("\(reply.text) -> \(result.currencies)")
      }
    }
    #expect(verdicts.count * 100 <= devReplies.count * 5, "\(verdicts)")
    #expect((verdicts.count + exact.count) * 100 <= devReplies.count * 10, "\(exact)")
  }
}

@Suite struct InterpretationJSONTests {
  @Test func encodesToTheDesignKeys() throws {
    let result = interpreter.interpret("Sure, let's meet Tuesday at 3pm.")
    let data = try JSONEncoder().encode(result)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(object.keys) == ["text", "verdict", "currencies", "strength", "signals", "reasons"])
    #expect(object["verdict"] as? String == "commitment")
    #expect(object["currencies"] as? [String] == ["time"])
    let signals = try #require(object["signals"] as? [[String: String]])
    #expect(signals.contains { $0 == ["kind": "date", "text": "Tuesday"] })
    #expect(signals.contains { $0 == ["kind": "time", "text": "at 3pm"] })
  }

  @Test func strengthOrdersTheVerdicts() {
    let commitment = interpreter.interpret("We'll pay the $5k deposit today.").strength
    let hedge = interpreter.interpret("Sounds great, keep me posted").strength
    let rejection = interpreter.interpret("No thanks, not for us.").strength
    #expect(commitment > hedge && hedge > rejection)
    #expect((0...100).contains(commitment))
  }

  @Test func reasonsExplainAHedge() {
    let result = interpreter.interpret("Sounds great, keep me posted")
    #expect(result.reasons.first == "a hedge: nothing concrete was given up")
    #expect(result.reasons.contains { $0.contains("keep me posted") })
    #expect(result.reasons.contains { $0.hasPrefix("compliments cost nothing") })
  }
}
