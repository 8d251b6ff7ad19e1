import Diagnostics

extension Script {
  /// A jump to another step, or to the end (`end`), optionally under a condition.
  public struct Jump: Sendable, Hashable {
    /// The id of the step to go to, or ``Script/Jump/end``.
    public var target: String
    /// The condition under which to jump; nil always jumps.
    public var condition: Condition?
    /// Where the jump is written.
    public var location: SourceLocation?

    /// The target that finishes the wizard.
    public static let end = "end"

    /// Creates a jump.
    public init(target: String, condition: Condition? = nil, location: SourceLocation? = nil) {
      self.target = target
      self.condition = condition
      self.location = location
    }
  }
}
