import Journal

/// A wizard ended and the journal never took its answers.
///
/// They went to a rescue file, or that failed too. The front end says so; the answers are
/// never in the error.
public enum UnsavedAnswers: Error {
  /// The answers are in the private file at `path` (``WizardRescue``).
  case rescued(JournalError, path: String)
  /// The rescue file could not be written either, for `reason`.
  case lost(JournalError, reason: String)

  /// Why the journal refused the answers.
  public var journalError: JournalError {
    switch self {
    case .rescued(let error, _), .lost(let error, _): error
    }
  }
}
