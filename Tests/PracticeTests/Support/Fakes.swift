import Diagnostics
import Foundation
import Vocabulary

@testable import Practice

/// A grader with fixed rules, so the state machine's tests don't move when the scoring rules do.
struct FakeGrader: AskGrading {
  func grade(ask: String, stage: Stage) -> AskAssessment {
    let text = ask.lowercased()
    if ["three-year", "yearly", "annual"].contains(where: text.contains) {
      return AskAssessment(
        grade: .fair, score: 45, isOversized: true, missing: ["a size that fits the stage"])
    }
    let dated =
      text.contains(where: \.isNumber)
      || ["monday", "tuesday", "wednesday", "thursday", "friday", "this week", "today"]
        .contains(where: text.contains)
    let concrete = ["pilot", "introduce", "thirty minutes", "run", "slots", "try it", "book"]
      .contains(where: text.contains)
    switch (concrete, dated) {
    case (true, true):
      return AskAssessment(grade: .strong, score: 90)
    case (true, false):
      return AskAssessment(grade: .fair, score: 55, missing: ["a date"])
    default:
      return AskAssessment(
        grade: .weak, score: 10, missing: ["something concrete to give", "a date"],
        betterWording: "Could we book thirty minutes on Thursday to go through it?")
    }
  }
}

/// An interpreter that agrees with the persona's author: it reads each reply as labelled.
struct LabelInterpreter: ReplyInterpreting {
  let labels: [String: Reading]

  init(_ personas: [Persona]) {
    var labels: [String: Reading] = [:]
    for persona in personas {
      for reply in persona.replies.values {
        labels[reply.text] = reply.expected
      }
    }
    self.labels = labels
  }

  func interpret(_ reply: String) -> InterpretedReply {
    let reading = labels[reply] ?? Reading(.hedge)
    return InterpretedReply(reading: reading, reasons: ["labelled \(reading.summary)"])
  }
}

/// The repository's folders, found from this file's place.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let prompts = root.appendingPathComponent("prompts")
  static let fixtures = root.appendingPathComponent("Tests/PracticeTests/Fixtures")

  static func text(_ url: URL) throws -> String {
    try String(contentsOf: url, encoding: .utf8)
  }

  /// The bundled personas, by id.
  static func personas() throws -> [Persona] {
    let folder = prompts.appendingPathComponent("personas")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    return try names.map { name in
      let (persona, problems) = PersonaLoader.load(
        try text(folder.appendingPathComponent(name)), path: "prompts/personas/" + name)
      guard let persona else {
        throw LoadFailure(problems: problems)
      }
      return persona
    }
  }

  /// The bundled drill deck.
  static func deck() throws -> DrillDeck {
    let folder = prompts.appendingPathComponent("drills")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let sources = try names.map {
      DrillDeckLoader.Source(
        path: "prompts/drills/" + $0, text: try text(folder.appendingPathComponent($0)))
    }
    let (deck, problems) = DrillDeckLoader.load(sources)
    guard let deck else { throw LoadFailure(problems: problems) }
    return deck
  }

  struct LoadFailure: Error, CustomStringConvertible {
    let problems: [Diagnostic]
    var description: String { problems.map(\.headline).joined(separator: "\n") }
  }
}

/// A progress store that keeps what it is given in memory, in order, and can be told to fail
/// from the `failingFrom`-th write on, as a full disk would.
final class RecordingProgressStore: ProgressStore {
  var attempts: [PracticeAttempt] = []
  var answers: [DrillAnswer] = []
  var failingFrom: Int?
  var progress = PracticeProgress()

  init(failingFrom: Int? = nil) {
    self.failingFrom = failingFrom
  }

  func load() throws(ProgressStoreError) -> PracticeProgress { progress }

  func record(_ attempt: PracticeAttempt) throws(ProgressStoreError) {
    try check()
    attempts.append(attempt)
  }

  func record(_ answer: DrillAnswer) throws(ProgressStoreError) {
    try check()
    answers.append(answer)
  }

  private func check() throws(ProgressStoreError) {
    if let failingFrom, attempts.count + answers.count + 1 >= failingFrom {
      throw ProgressStoreError("the disk is full")
    }
  }
}
