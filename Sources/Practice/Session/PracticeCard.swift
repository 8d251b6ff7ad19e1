/// The card that closes one attempt: what was asked, how it was graded, what the persona said,
/// how the founder read it, and what a better ask would have been.
public struct PracticeCard: Equatable, Sendable {
  public var ask: String
  public var assessment: AskAssessment
  public var reply: String
  public var reading: ReadingGrade
  /// The interpreter's reasons for its verdict.
  public var reasons: [String]
  /// The grader's rewording of the founder's ask, when it has one.
  public var betterWording: String?
  /// The persona author's example of the right ask in this scene.
  public var exampleAsk: String
  public var lesson: String

  public init(
    ask: String, assessment: AskAssessment, reply: String, reading: ReadingGrade,
    reasons: [String], betterWording: String?, exampleAsk: String, lesson: String
  ) {
    self.ask = ask
    self.assessment = assessment
    self.reply = reply
    self.reading = reading
    self.reasons = reasons
    self.betterWording = betterWording
    self.exampleAsk = exampleAsk
    self.lesson = lesson
  }
}
