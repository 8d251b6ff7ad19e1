import Diagnostics
import Foundation
import Testing

@testable import PromptKit

/// The bundled prep's branches: which questions a stage and a currency bring, run from answers
/// files as `advance prep --answers` runs them.
struct PrepBranchTests {
  /// The questions only some preps ask.
  static let branches: Set<String> = [
    "signers", "budget", "after_yes", "smaller_step", "bigger_step", "workaround", "last_promise",
    "ask_worry",
  ]

  let script: Script

  init() throws {
    let path = Fixtures.prompts.appendingPathComponent("prep.yaml").path
    let loaded = ScriptLoader(knownChecks: ["ask", "questions", "reply"]).load(path: path)
    script = try #require(loaded.script, "\(loaded.renderedDiagnostics)")
  }

  /// A prep at `stage` asking for `currency`, answering every branch question too.
  func run(
    stage: String, currency: String, rehearsed: String = "yes", skipping: Set<String> = []
  ) throws -> WizardRunner.Outcome {
    var lines = [
      "lead: Dana at Northwind", "stage: \(stage)", "currency: \(currency)",
      "ask: Could you book 45 minutes with your ops lead next Tuesday? If not, say so.",
      "fallback: A 20 minute call next week", "questions: When did an order last go out late?",
      "rehearsed: \(rehearsed)", "yes_sounds: Tuesday works", "hedge_sounds: Send me a deck",
    ]
    for id in Self.branches.sorted() where !skipping.contains(id) {
      lines.append("\(id): the \(id) answer")
    }
    let bag = DiagnosticBag()
    let file = try #require(
      AnswersFile.parse(Data(lines.joined(separator: "\n").utf8), path: "a.yaml", into: bag))
    return WizardRunner(script: script, context: Fixtures.context).run(file)
  }

  static let cases: [(stage: String, currency: String, asked: Set<String>)] = [
    // (a) money from a stranger: first a step in time or reputation; (c) what they do today.
    ("first", "money", ["smaller_step", "workaround"]),
    ("first", "time", ["workaround"]),
    ("first", "reputation", ["workaround"]),
    // Later on: whether they kept the last promise.
    ("follow-up", "money", ["last_promise"]),
    ("follow-up", "time", ["last_promise"]),
    // (b) closing: the way to a signature; another meeting is too small an ask.
    ("closing", "money", ["signers", "budget", "after_yes", "last_promise"]),
    ("closing", "time", ["signers", "budget", "after_yes", "bigger_step", "last_promise"]),
    ("closing", "reputation", ["signers", "budget", "after_yes", "last_promise"]),
  ]

  @Test(arguments: cases)
  func aStageAndACurrencyAskTheirOwnQuestions(
    stage: String, currency: String, asked: Set<String>
  ) throws {
    let outcome = try run(stage: stage, currency: currency)
    let result = try #require(outcome.result, "\(outcome.diagnostics.map(\.headline))")
    #expect(Self.branches.intersection(result.answers.keys) == asked)
    // Every other branch was left alone, and the runner says its answer went unused.
    let unused = outcome.diagnostics.filter { $0.code.rawValue == "unused-answer" }.map(\.message)
    #expect(
      Set(unused)
        == Set(
          Self.branches.subtracting(asked).map {
            "'\($0)' was not asked, so its answer is not used"
          }))
    // The plan shows what was asked, and nothing of what was not.
    let summary = try #require(result.summary)
    for id in Self.branches {
      #expect(summary.contains("the \(id) answer") == asked.contains(id), "\(id)")
    }
  }

  @Test(arguments: [("no", true), ("yes", false)])
  func anAskNotYetSaidAloudAsksWhatMakesItHard(rehearsed: String, asks: Bool) throws {
    let outcome = try run(stage: "follow-up", currency: "time", rehearsed: rehearsed)
    let result = try #require(outcome.result, "\(outcome.diagnostics.map(\.headline))")
    #expect((result.answers["ask_worry"] != nil) == asks)
    #expect((result.summary ?? "").contains("hard to say: the ask_worry answer") == asks)
  }

  @Test func theFollowUpOnAMoneyAskComesBeforeTheFallback() throws {
    let outcome = try run(stage: "first", currency: "money")
    let questions = outcome.transcript.lines.filter { $0.hasPrefix("? ") }
    let ask = try #require(questions.firstIndex { $0.contains("exact words of your ask") })
    let smaller = try #require(questions.firstIndex { $0.contains("Money is a big ask") })
    let fallback = try #require(questions.firstIndex { $0.contains("smaller step") })
    #expect(ask + 1 == smaller)
    #expect(smaller + 1 == fallback)
  }

  @Test func theBranchQuestionsMayBeLeftUnanswered() throws {
    let outcome = try run(
      stage: "closing", currency: "time", rehearsed: "no", skipping: Self.branches)
    let result = try #require(outcome.result, "\(outcome.diagnostics.map(\.headline))")
    #expect(outcome.diagnostics.isEmpty)
    #expect(Self.branches.intersection(result.answers.keys).isEmpty)
    // Lines of questions asked but left empty are left out of the plan, not shown as "—".
    let summary = try #require(result.summary)
    #expect(!summary.contains("Who else signs"))
    #expect(!summary.contains("Their last promise"))
    #expect(!summary.contains("hard to say"))
    #expect(summary.contains("If that's too much:\n    A 20 minute call next week"))
  }

  @Test func theBranchesKeepTheStableIDs() {
    let ids = Set(script.questions.map(\.id))
    for id in [
      "lead", "stage", "currency", "ask", "fallback", "questions", "unknown", "moment",
      "rehearsed", "pushback", "yes_sounds", "hedge_sounds", "no_sounds",
    ] {
      #expect(ids.contains(id), "missing \(id)")
    }
    #expect(ids.isSuperset(of: Self.branches))
    for id in Self.branches {
      #expect(script.question(id)?.required == false, "\(id) may be left empty")
      #expect(script.question(id)?.condition != nil, "\(id) is asked only sometimes")
    }
    #expect(script.question("smaller_step")?.check == "ask")
    #expect(script.question("bigger_step")?.check == "ask")
  }
}
