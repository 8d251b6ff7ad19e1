import Vocabulary

/// A promise the prospect's side kept, as the pipeline shows it.
public struct KeptPromise: Hashable, Sendable {
  /// The commitment's id.
  public var id: String
  /// What was promised.
  public var what: String
  /// What it cost them, when known.
  public var currency: Currency?

  /// The one rule of a kept promise, as SQL over `commitment`.
  ///
  /// A step the prospect's side owned and did. The founder's own homework, done or not, is
  /// never evidence about the lead.
  static let condition = "status = 'done' AND owner = 'them'"
}
