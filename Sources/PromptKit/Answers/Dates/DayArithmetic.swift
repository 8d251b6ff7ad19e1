import Foundation

/// Counting days in the founder's calendar and time zone, from the context's today.
///
/// Weeks start on Monday whatever the calendar's `firstWeekday`: "next Friday" must not change
/// meaning with the locale.
struct DayArithmetic: Sendable {
  /// The calendar, with the founder's time zone.
  let calendar: Calendar
  /// The current moment.
  let now: Date
  /// The day it is now.
  let today: CalendarDay
  /// The time it is now, to the minute.
  let time: ClockTime

  /// Counts from a context.
  init(context: AnswerContext) {
    calendar = context.calendar
    now = context.now
    let parts = context.calendar.dateComponents([.year, .month, .day, .hour, .minute], from: now)
    today = CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    time = ClockTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
  }

  /// The moment a day starts, or a time on it.
  func date(_ day: CalendarDay, at time: ClockTime? = nil) -> Date? {
    calendar.date(
      from: DateComponents(
        year: day.year, month: day.month, day: day.day, hour: time?.hour ?? 0,
        minute: time?.minute ?? 0))
  }

  /// The day a moment falls on.
  func day(of date: Date) -> CalendarDay? {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
    return CalendarDay(year: year, month: month, day: day)
  }

  /// The day, if it exists: February 30 is refused rather than rolled over into March.
  func valid(year: Int, month: Int, day: Int) -> CalendarDay? {
    guard (1...12).contains(month), (1...31).contains(day) else { return nil }
    let candidate = CalendarDay(year: year, month: month, day: day)
    guard let date = date(candidate), self.day(of: date) == candidate else { return nil }
    return candidate
  }

  /// A number of days after a day (before it when negative).
  func adding(days: Int, to day: CalendarDay) -> CalendarDay? {
    guard let start = date(day), let moved = calendar.date(byAdding: .day, value: days, to: start)
    else { return nil }
    return self.day(of: moved)
  }

  /// A number of months after a day; the 31st becomes the month's last day when it has fewer.
  func adding(months: Int, to day: CalendarDay) -> CalendarDay? {
    guard let start = date(day),
      let moved = calendar.date(byAdding: .month, value: months, to: start)
    else { return nil }
    return self.day(of: moved)
  }

  /// The days from one day to another: 1 from today to tomorrow, -1 to yesterday.
  func days(from start: CalendarDay, to end: CalendarDay) -> Int? {
    guard let from = date(start), let to = date(end) else { return nil }
    return calendar.dateComponents([.day], from: from, to: to).day
  }

  /// The whole months from one day to another.
  func months(from start: CalendarDay, to end: CalendarDay) -> Int? {
    guard let from = date(start), let to = date(end) else { return nil }
    return calendar.dateComponents([.month], from: from, to: to).month
  }

  /// The day of the week, Monday = 0 to Sunday = 6.
  func weekday(of day: CalendarDay) -> Int? {
    guard let date = date(day) else { return nil }
    // Calendar weekdays count from Sunday = 1.
    return (calendar.component(.weekday, from: date) + 5) % 7
  }

  /// The Monday of the week a day is in.
  func monday(of day: CalendarDay) -> CalendarDay? {
    weekday(of: day).flatMap { adding(days: -$0, to: day) }
  }

  /// The last day of the month a day is in.
  func endOfMonth(of day: CalendarDay) -> CalendarDay? {
    let first = CalendarDay(year: day.year, month: day.month, day: 1)
    return adding(months: 1, to: first).flatMap { adding(days: -1, to: $0) }
  }
}
