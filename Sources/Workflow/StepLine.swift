import Foundation
import PromptKit
import Scoring
import Vocabulary

/// One line of a debrief's `next_steps` answer, read into a ``NextStep``.
///
/// A line is the step in the founder's words, optionally with fields after ` | ` in any order:
/// `us` or `them` for the owner, a date for when it is due ("she signs the order form | them |
/// 2026-12-14"). What a field leaves out, the judge guesses: the owner from who acts in the
/// sentence, the due date from a date written in it, and whether the step costs the prospect
/// something. This is also how confirmed steps are stored, so they read back unchanged.
public enum StepLine {
  /// The steps of a `next_steps` answer, one per line that holds words.
  public static func steps(
    in answer: String, reader: StepReader, context: AnswerContext
  ) -> [NextStep] {
    answer.split(whereSeparator: \.isNewline).compactMap {
      step(String($0), reader: reader, context: context)
    }
  }

  /// One step, or nil for a line without words.
  public static func step(_ line: String, reader: StepReader, context: AnswerContext) -> NextStep? {
    var fields = line.components(separatedBy: " | ").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    var what = fields.removeFirst()
    if what.hasPrefix("- ") || what.hasPrefix("* ") { what.removeFirst(2) }
    guard what.contains(where: { $0.isLetter || $0.isNumber }) else { return nil }
    var owner: Party?
    var due: DueDate?
    for field in fields {
      if let party = Party(rawValue: field.lowercased()) {
        owner = party
      } else if let date = dueDate(field, context: context) {
        due = date
      }
    }
    let reading = reader.read(what)
    let side = owner ?? reading.owner
    // An owner the founder changed keeps the judge's reading of the cost, when it is theirs.
    let costs =
      side == .them ? (reading.owner == .them ? reading.costs : reader.costs(of: what)) : []
    return NextStep(
      what: what, owner: side, person: side == reading.owner ? reading.person : nil,
      due: due ?? dueDate(inText: what, context: context), costs: costs)
  }

  /// The stored form of a step, which ``step(_:reader:context:)`` reads back to the same step.
  public static func line(_ step: NextStep) -> String {
    ([step.what, step.owner.rawValue] + (step.due.map { [$0.description] } ?? []))
      .joined(separator: " | ")
  }

  static func dueDate(_ text: String, context: AnswerContext) -> DueDate? {
    guard case .success(let iso) = DateParser(context: context).parse(text) else { return nil }
    return DueDate(iso)
  }

  /// A date written in a step ("… by Friday", "… Thursday 10am", "she signs by the 14th"):
  /// the last one, as the due date is usually said last.
  static func dueDate(inText text: String, context: AnswerContext) -> DueDate? {
    DateParser(context: context).findAll(in: text).last.flatMap { DueDate($0.reading.iso) }
  }
}
