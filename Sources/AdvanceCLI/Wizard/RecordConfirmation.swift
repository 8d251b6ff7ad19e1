import Foundation
import Journal
import PromptKit
import Scoring
import Vocabulary
import Workflow

/// After a debrief's last answer, the two things only the founder can settle, each with one
/// key: who owns each next step (the judge's guess shown, a number flips it), and, when their
/// reading of the reply differs from the judge's, which one stands.
struct RecordConfirmation {
  let console: Console
  let reader: any LineReader

  /// The answers with the confirmed steps (`next_steps`, in their stored form) and the verdict
  /// that stands.
  func confirm(_ answers: [String: String], record: MeetingRecord) -> [String: String] {
    var answers = answers
    var steps = record.nextSteps(answers)
    if !steps.isEmpty {
      steps = confirmOwners(steps, record: record)
      answers["next_steps"] = steps.map(StepLine.line).joined(separator: "\n")
      answers["next_step"] = nil
      answers["next_step_date"] = nil
    }
    let card = record.scorecard(answers)
    if let own = MeetingRecord.yourVerdict(answers), own != card.verdict {
      answers["verdict_stands"] = whichStands(own, judge: card) == own ? "yours" : "judge"
    }
    return answers
  }

  private func confirmOwners(_ steps: [NextStep], record: MeetingRecord) -> [NextStep] {
    var steps = steps
    while true {
      console.line()
      console.line("Next steps — who acts? (Return keeps them; a number flips that step's owner)")
      for (index, step) in steps.enumerated() {
        var line =
          "  \(index + 1). \(step.owner == .us ? "us  " : "them")  \(VisibleText.of(step.what))"
        if let due = step.due { line += "  · due \(due)" }
        if !step.costs.isEmpty {
          line += "  · costs them " + step.costs.map(\.rawValue).joined(separator: ", ")
        }
        console.line(line)
      }
      guard case .line(let typed) = reader.readLine(prompt: "› ", kind: .answer) else {
        return steps
      }
      let text = typed.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { return steps }
      guard let number = Int(text), steps.indices.contains(number - 1) else {
        console.line("Type a step's number to flip its owner, or Return to keep them.")
        continue
      }
      let step = steps[number - 1]
      let flipped: Party = step.owner == .us ? .them : .us
      steps[number - 1] =
        StepLine.step(
          StepLine.line(NextStep(what: step.what, owner: flipped, due: step.due)),
          reader: record.steps, context: record.context) ?? step
    }
  }

  private func whichStands(_ own: Verdict, judge card: Scorecard) -> Verdict {
    console.line()
    console.line(VisibleText.of(MeetingRecord.readings(own: own, scorecard: card)) + ".")
    let yours = own.rawValue.prefix(1)
    let theirs = card.verdict.rawValue.prefix(1)
    console.line(
      "Which stands? [\(yours)] \(own.rawValue) (yours, Return) / [\(theirs)] \(card.verdict.rawValue)"
    )
    while true {
      guard case .line(let typed) = reader.readLine(prompt: "› ", kind: .answer) else { return own }
      let text = typed.trimmingCharacters(in: .whitespaces).lowercased()
      if text.isEmpty || own.rawValue.hasPrefix(text) { return own }
      if card.verdict.rawValue.hasPrefix(text) { return card.verdict }
      console.line("Type \(yours) or \(theirs).")
    }
  }
}
