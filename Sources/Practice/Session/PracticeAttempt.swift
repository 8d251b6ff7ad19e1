import Foundation

/// One ask made in practice and how it went, as kept in the progress record.
public struct PracticeAttempt: Equatable, Sendable, Codable {
  public var date: Date
  public var persona: String
  public var askGrade: AskAssessment.Grade
  /// 0–100, from the ask grader.
  public var askScore: Int
  public var quality: AskQuality
  /// 0–100: the founder's reading against the interpreter's.
  public var readingScore: Int

  public init(
    date: Date, persona: String, askGrade: AskAssessment.Grade, askScore: Int,
    quality: AskQuality, readingScore: Int
  ) {
    self.date = date
    self.persona = persona
    self.askGrade = askGrade
    self.askScore = askScore
    self.quality = quality
    self.readingScore = readingScore
  }
}
