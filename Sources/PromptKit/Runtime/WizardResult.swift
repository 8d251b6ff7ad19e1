/// What a finished wizard produced.
public struct WizardResult: Sendable, Hashable {
  /// Stored answers by question id.
  public var answers: [String: String]
  /// The answered questions in script order.
  public var shown: [ShownAnswer]
  /// The script's summary with the answers filled in.
  public var summary: String?
}
