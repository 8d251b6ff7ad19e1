import Vocabulary

/// A promise the prospect's side kept, as the pipeline shows it.
public struct KeptPromise: Hashable, Sendable {
  /// The commitment's id.
  public var id: String
  /// What was promised.
  public var what: String
  /// What it cost them, when known.
  public var currency: Currency?
}
