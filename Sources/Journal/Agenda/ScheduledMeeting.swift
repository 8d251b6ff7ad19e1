import Vocabulary

/// A meeting with a known time: a finished prep whose `when` was answered.
public struct ScheduledMeeting: Hashable, Sendable {
  /// The prep's id.
  public var prepId: String
  /// The lead met.
  public var lead: PipelineLead
  /// When it is.
  public var at: DueDate
  /// Whether a finished debrief follows it (one that names the prep, or any of the lead's
  /// from that day on).
  public var isDebriefed: Bool
}
