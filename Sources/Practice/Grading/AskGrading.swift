/// Grades a founder's ask; the scoring module's ask grader conforms through a thin adapter.
public protocol AskGrading: Sendable {
  /// Grades `ask` for a start-up at `stage`.
  func grade(ask: String, stage: Stage) -> AskAssessment
}

/// Reads a prospect's reply; the scoring module's interpreter conforms through a thin adapter.
public protocol ReplyInterpreting: Sendable {
  /// The verdict on `reply`, with the reasons in plain words.
  func interpret(_ reply: String) -> InterpretedReply
}

/// An interpreter's reading of one reply, with its reasons.
public struct InterpretedReply: Equatable, Sendable {
  public var reading: Reading
  public var reasons: [String]

  public init(reading: Reading, reasons: [String] = []) {
    self.reading = reading
    self.reasons = reasons
  }
}
