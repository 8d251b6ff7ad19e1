import Vocabulary

/// What the founder should know this morning: meetings today and tomorrow, debriefs not
/// written, steps due, and leads gone quiet.
public struct Agenda: Hashable, Sendable {
  /// The day it is for.
  public var today: JournalDay
  /// Meetings today, by time (untimed ones first).
  public var meetingsToday: [ScheduledMeeting]
  /// Meetings tomorrow, by time.
  public var meetingsTomorrow: [ScheduledMeeting]
  /// Prepped meetings that passed without a debrief, oldest first.
  public var missedDebriefs: [ScheduledMeeting]
  /// Open steps due today or earlier, ours first, then theirs; each by due date.
  public var dueSteps: [Followup]
  /// Open leads gone quiet, the longest quiet first.
  public var quiet: [QuietLead]

  /// Whether there is nothing to say.
  public var isEmpty: Bool {
    meetingsToday.isEmpty && meetingsTomorrow.isEmpty && missedDebriefs.isEmpty
      && dueSteps.isEmpty && quiet.isEmpty
  }
}
