import Journal
import PromptKit
import Workflow

/// A wizard front end with no terminal: it answers from a list, says yes or no to resuming,
/// and records what the session showed and told it.
final class ScriptedFrontEnd: WizardFrontEnd {
  /// The answers to give, in order; after the last, the input ends.
  var answers: [String]
  /// The answer to "resume this draft?".
  var resumes: Bool
  /// Runs before each answer is returned, with the number of answers given before it.
  var beforeAnswer: (Int) throws -> Void = { _ in }

  private(set) var offers: [(wizard: String, lead: String, answers: Int)] = []
  private(set) var starts: [Bool] = []
  private(set) var asked: [String] = []
  private(set) var refusals: [JournalError] = []
  private(set) var caughtUp = 0
  private var given = 0

  init(answers: [String], resumes: Bool = true) {
    self.answers = answers
    self.resumes = resumes
  }

  func resumeDraft(wizard: String, lead: Lead, answers: Int) -> Bool {
    offers.append((wizard, lead.name, answers))
    return resumes
  }

  func showPlan(_ plan: PrepPlan) {}

  func showExpectations(of plan: PrepPlan, reply: String) {}

  func present(_ events: [WizardEvent]) -> Prompt? {
    var prompt: Prompt?
    for event in events {
      switch event {
      case .started(_, _, let resumed): starts.append(resumed)
      case .asked(let asked):
        self.asked.append(asked.questionID)
        prompt = asked
      default: prompt = nil
      }
    }
    return prompt
  }

  func read(_ prompt: Prompt, partialNotes: [String], onNotesLine: ([String]) -> Void) -> String? {
    guard given < answers.count else { return nil }
    try? beforeAnswer(given)
    defer { given += 1 }
    return answers[given]
  }

  func confirm(_ answers: [String: String], record: MeetingRecord) -> [String: String] {
    answers
  }

  func journalRefused(_ error: JournalError) {
    refusals.append(error)
  }

  func journalCaughtUp() {
    caughtUp += 1
  }
}
