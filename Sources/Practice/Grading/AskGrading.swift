import Vocabulary

/// Grades a founder's ask; the scoring module's ask grader conforms through a thin adapter.
public protocol AskGrading: Sendable {
  /// Grades `ask` for a start-up at `stage`.
  func grade(ask: String, stage: Stage) -> AskAssessment
}

/// Checks a learning question for the usual traps (hypotheticals, fishing for compliments,
/// leading, pitching); the scoring module's question checker conforms through a thin adapter.
public protocol QuestionChecking: Sendable {
  /// One line per trap found, each with how to rewrite the question; empty for a good question.
  func check(question: String) -> [String]
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
