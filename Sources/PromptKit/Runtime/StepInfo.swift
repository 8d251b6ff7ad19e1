/// A step as announced to the presenter.
public struct StepInfo: Sendable, Hashable {
  /// The step's id.
  public var id: String
  /// Its position, from 1.
  public var number: Int
  /// How many steps the script has.
  public var count: Int
  /// The title, interpolated.
  public var title: String
  /// Why the step matters, interpolated.
  public var why: String?
}
