import Foundation

/// What parsing an answer may depend on besides the text: the current time and the calendar.
///
/// Passed in rather than read from the system so that tests (and replays) are deterministic.
public struct AnswerContext: Sendable {
  /// The moment "today" and "tomorrow" are counted from.
  public var now: Date
  /// The calendar, with the founder's time zone, used for days and weekdays.
  public var calendar: Calendar

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - now: The current moment.
  ///   - calendar: The calendar and time zone to count days in.
  public init(now: Date = Date(), calendar: Calendar = .current) {
    self.now = now
    self.calendar = calendar
  }
}
