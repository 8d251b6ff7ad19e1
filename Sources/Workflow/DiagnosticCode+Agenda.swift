import Diagnostics

/// The problems of `config.yaml`'s agenda thresholds (``AgendaConfig``).
extension DiagnosticCode {
  /// A lead stage that does not exist.
  public static let unknownStage = DiagnosticCode("unknown-stage")
  /// A threshold for a stage that is closed.
  public static let closedStage = DiagnosticCode("closed-stage")
}
