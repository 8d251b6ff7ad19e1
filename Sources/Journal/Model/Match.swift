/// The outcome of looking something up by a name or an id prefix the founder typed.
public enum Match<Value: Sendable>: Sendable {
  /// Exactly one candidate.
  case found(Value)
  /// Nothing matched.
  case none
  /// Several candidates matched; the founder must type more.
  case ambiguous([Value])

  /// The single match, if there is one.
  public var value: Value? {
    if case .found(let value) = self { return value }
    return nil
  }
}
