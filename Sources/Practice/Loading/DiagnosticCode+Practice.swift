import Diagnostics

/// The problems of persona and drill files (``PersonaLoader``, ``DrillDeckLoader``), beyond
/// those of any YAML file.
extension DiagnosticCode {
  /// A text value that is blank.
  public static let emptyText = DiagnosticCode("empty-text")
  /// A persona without a learning exchange.
  public static let emptyLearning = DiagnosticCode("empty-learning")
  /// A deck without cards.
  public static let emptyDeck = DiagnosticCode("empty-deck")
  /// A reply that is already a card.
  public static let duplicateCard = DiagnosticCode("duplicate-card")
  /// A currency listed twice.
  public static let duplicateCurrency = DiagnosticCode("duplicate-currency")
  /// A commitment without currencies.
  public static let missingCurrency = DiagnosticCode("missing-currency")
  /// Currencies on a reply that is not a commitment.
  public static let unexpectedCurrency = DiagnosticCode("unexpected-currency")

  /// A value that is not one of `what`'s choices: `unknown-stage`, `unknown-verdict`, ….
  public static func unknown(_ what: String) -> DiagnosticCode {
    DiagnosticCode("unknown-\(what)")
  }
}
