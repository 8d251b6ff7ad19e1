import Vocabulary

/// One lead's line in the pipeline.
public struct PipelineRow: Hashable, Sendable {
  /// The lead.
  public var lead: PipelineLead
  /// The strongest promise the prospect's side has kept (money > reputation > time).
  public var strongestKept: KeptPromise?
  /// Finished debriefs: meetings that happened and were written up.
  public var meetingCount: Int
  /// The day of the last finished meeting.
  public var lastMeetingDay: JournalDay?
  /// The last day the lead advanced: a meeting ending in a commitment or a promise kept.
  public var lastAdvancementDay: JournalDay?
  /// Days from the last advancement to today; `nil` if it never advanced.
  public var daysSinceAdvancement: Int?
  /// Whether the last finished debrief advanced; `nil` before the first.
  public var lastMeetingAdvanced: Bool?
  /// The next open step: the earliest due, undated ones last.
  public var nextStep: OpenStep?
  /// The earliest due open step's date, if any.
  public var nextDue: DueDate?
  /// Open steps.
  public var openSteps: Int
  /// What to act on, most urgent first.
  public var warnings: [PipelineWarning]
}
