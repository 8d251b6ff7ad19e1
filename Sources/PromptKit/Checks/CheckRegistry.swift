/// The checks an executable provides, by name.
public struct CheckRegistry: Sendable {
  private var checks: [String: any AnswerCheck] = [:]

  /// Creates a registry holding the given checks; a later check replaces an earlier one of the
  /// same name.
  public init(_ checks: [any AnswerCheck] = []) {
    for check in checks {
      register(check)
    }
  }

  /// Adds a check, replacing any check of the same name.
  public mutating func register(_ check: any AnswerCheck) {
    checks[check.name] = check
  }

  /// The check with this name, if registered.
  public subscript(name: String) -> (any AnswerCheck)? { checks[name] }

  /// The names of the registered checks, for validating scripts.
  public var names: Set<String> { Set(checks.keys) }
}
