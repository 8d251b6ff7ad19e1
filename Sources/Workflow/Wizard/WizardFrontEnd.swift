import Journal
import PromptKit

/// What a wizard session asks of the front end that runs it.
///
/// The session decides what is asked, saved and when; the front end shows it, reads the
/// founder's answers and words every sentence. The terminal's is `TerminalWizard` in AdvanceCLI.
public protocol WizardFrontEnd {
  /// Asked when `lead` has an unfinished draft of `wizard` with `answers` answers.
  ///
  /// - Returns: true to resume it, false to start afresh (the draft is then deleted).
  func resumeDraft(wizard: String, lead: Lead, answers: Int) -> Bool

  /// A debrief's prep, shown before its first question.
  func showPlan(_ plan: PrepPlan)

  /// Before the verdict is asked: what the prep expected to hear, beside the reply given.
  func showExpectations(of plan: PrepPlan, reply: String)

  /// Shows the engine's events.
  ///
  /// - Returns: The prompt to answer when the last event asks a question, else nil.
  func present(_ events: [WizardEvent]) -> Prompt?

  /// Reads the answer to `prompt`.
  ///
  /// - Parameters:
  ///   - prompt: The question being answered.
  ///   - partialNotes: Lines of notes typed before a crash or quit, to show and keep.
  ///   - onNotesLine: To call with the notes so far after every line: the session saves them.
  /// - Returns: The answer (for notes, the lines joined), or nil at the end of input.
  func read(_ prompt: Prompt, partialNotes: [String], onNotesLine: ([String]) -> Void) -> String?

  /// After a debrief's last answer: the founder confirms the steps' owners and, where their
  /// verdict differs from the judge's, which one stands.
  ///
  /// - Returns: The answers as confirmed.
  func confirm(_ answers: [String: String], record: MeetingRecord) -> [String: String]

  /// The journal refused a write it may take later (`error.isRetryable`): the answers are kept
  /// in memory and saved with the next one it takes. Called once until then.
  func journalRefused(_ error: JournalError)

  /// The journal took every answer it had refused.
  func journalCaughtUp()
}
