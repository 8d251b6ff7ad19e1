import Vocabulary

/// When a calendar reminder of an open step goes off: an hour before a step due at a time,
/// and at 09:00 the day before a step due on a day.
///
/// The trigger is relative to the event's start, as RFC 5545 allows for a floating or all-day
/// `DTSTART` (an absolute trigger would have to be in UTC, which a floating step has not got).
/// An all-day event starts at midnight, so 15 hours before it is 09:00 the day before.
public enum Reminder {
  /// How long before a timed step its reminder goes off.
  public static let beforeTimed = "-PT1H"
  /// How long before the midnight starting an all-day step its reminder goes off.
  public static let beforeAllDay = "-PT15H"

  /// The `TRIGGER` value of the reminder of a step due at `due`.
  public static func trigger(for due: DueDate) -> String {
    due.minuteOfDay == nil ? beforeAllDay : beforeTimed
  }
}
