import Foundation
import Testing

@testable import Practice

/// Each bundled persona played through a bad ask, then a good one in the same scene.
///
/// Compared with its golden transcript in `Fixtures/transcripts/`; `UPDATE_GOLDEN=1` rewrites
/// them.
struct PracticeTranscriptTests {
  static let personaIDs = [
    "clear-no", "earlyvangelist", "executive", "gatekeeper", "skeptic",
    "staller",
  ]

  static let badAsk = "Thanks so much for your time! Let me know what you think of it."

  /// The lines the founder types: Enter through the learning exchange, the bad ask, a hasty
  /// "commitment", try again, the persona's own good ask, the right reading, done.
  static func script(for persona: Persona) -> [String] {
    let good = persona.betterAsk.split(whereSeparator: \.isNewline).joined(separator: " ")
    let right = persona.reply(to: .crisp).expected
    let reading = ([right.verdict.rawValue] + right.currencies.sorted().map(\.rawValue))
      .joined(separator: " ")
    return Array(repeating: "", count: persona.learning.count) + [
      badAsk, "commitment", "y", good, reading, "n",
    ]
  }

  static func transcript(of persona: Persona, personas: [Persona]) -> (String, PracticeRound) {
    var round = PracticeRound(
      persona: persona, grader: FakeGrader(), interpreter: LabelInterpreter(personas),
      clock: { Date(timeIntervalSince1970: 0) })
    var input = script(for: persona)
    var lines: [String] = []
    let store = RecordingProgressStore()
    _ = try? PracticeDriver.run(
      &round,
      read: { prompt in
        guard !input.isEmpty else { return nil }
        let line = input.removeFirst()
        lines.append(prompt + line)
        return line
      },
      write: { lines.append($0) }, store: store)
    return (lines.joined(separator: "\n") + "\n", round)
  }

  @Test(arguments: personaIDs)
  func matchesTheGoldenTranscript(id: String) throws {
    let personas = try Repository.personas()
    let persona = try #require(personas.first { $0.id == id })
    let (text, round) = Self.transcript(of: persona, personas: personas)
    let url = Repository.fixtures.appendingPathComponent("transcripts/\(id).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try Data(text.utf8).write(to: url)
    }
    let golden = try Repository.text(url)
    #expect(text == golden)
    // The round itself: two attempts, the bad one vague, the good one crisp and read right.
    #expect(round.prompt == nil)
    #expect(round.attempts.map(\.quality) == [.vague, .crisp])
    #expect(round.attempts.last?.readingScore == 100)
  }

  @Test(arguments: personaIDs)
  func aVagueAskGetsNoCommitment(id: String) throws {
    let persona = try #require(try Repository.personas().first { $0.id == id })
    #expect(persona.reply(to: .vague).expected.verdict != .commitment)
  }
}
