import Vocabulary

/// A promised step as the follow-ups list shows it.
public struct OpenStep: Hashable, Sendable {
  /// The commitment's id.
  public var id: String
  /// What was promised.
  public var what: String
  /// When it is due, if a day was given.
  public var due: DueDate?
  /// Who has to act.
  public var owner: Party
}
