/// A command ran and could not do what was asked: the message is shown on one line, and the
/// process exits with `status` (1 for problems found, 3 for an unusable journal).
public struct CommandFailure: Error, Equatable, CustomStringConvertible {
  public let message: String
  public let status: Int32

  public init(_ message: String, status: Int32 = 1) {
    self.message = message
    self.status = status
  }

  public var description: String { message }
}
