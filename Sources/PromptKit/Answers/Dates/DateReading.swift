import Foundation

/// A date answer as ``DateParser`` understood it: the day, maybe a time, and how to say it back.
///
/// The echo names the weekday and where the day lies from today, so a misread ("next Friday"
/// meant this one) shows at once: `Fri 11 Dec, next week`.
public struct DateReading: Sendable, Hashable {
  /// The day named.
  public let day: CalendarDay
  /// The time named, if any.
  public let time: ClockTime?
  /// The moment: the time on the day, or the start of the day, in the context's time zone.
  public let date: Date
  /// Whether it lies before now: a day before today, or today at a time already gone.
  public let isPast: Bool
  /// The weekday, day, month and time, with the year only when it is not this year:
  /// `Fri 11 Dec`, `Mon 14 Dec 10:00`, `Mon 4 Jan 2027`.
  public let label: String
  /// Where it lies from today: `today`, `earlier today` (a time already gone), `tomorrow`,
  /// `yesterday`, `this week`, `next week`, `last week`, `in 13 days`, `in 5 weeks`,
  /// `in 3 months`, `in 2 years`, `4 days ago`, `3 weeks ago`, `2 months ago`, `2 years ago`.
  public let relative: String

  /// The stored form: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time.
  public var iso: String { time.map { "\(day.iso)T\($0.text)" } ?? day.iso }

  /// The label and the relative words, to show under the answer: `Fri 11 Dec, next week`.
  public var echo: String { "\(label), \(relative)" }

  /// Reads a day and time against today.
  init?(day: CalendarDay, time: ClockTime?, counting days: DayArithmetic) {
    guard let date = days.date(day, at: time), let weekday = days.weekday(of: day),
      let offset = days.days(from: days.today, to: day)
    else { return nil }
    self.day = day
    self.time = time
    self.date = date
    let timeGone = time.map { $0 < days.time } ?? false
    isPast = day < days.today || (day == days.today && timeGone)
    var label =
      "\(DateWords.shortWeekdays[weekday]) \(day.day) \(DateWords.shortMonths[day.month - 1])"
    if day.year != days.today.year { label += " \(day.year)" }
    if let time { label += " \(time.text)" }
    self.label = label
    relative = Self.relative(offset, day: day, timeGone: timeGone, counting: days)
  }

  private static func relative(
    _ offset: Int, day: CalendarDay, timeGone: Bool, counting days: DayArithmetic
  ) -> String {
    switch offset {
    case 0: return timeGone ? "earlier today" : "today"
    case 1: return "tomorrow"
    case -1: return "yesterday"
    default: break
    }
    if let thisMonday = days.monday(of: days.today), let monday = days.monday(of: day),
      let weeks = days.days(from: thisMonday, to: monday).map({ $0 / 7 })
    {
      switch weeks {
      case 0 where offset > 0: return "this week"
      case 1: return "next week"
      case -1: return "last week"
      default: break
      }
    }
    let distance = abs(offset)
    let amount: String
    // Weeks and months are rounded to the nearest: 34 days is "5 weeks".
    if distance < 28 {
      amount = "\(distance) days"
    } else if distance < 63 {
      amount = "\((distance + 3) / 7) weeks"
    } else {
      let months = abs(days.months(from: days.today, to: day) ?? distance / 30)
      amount = months < 24 ? "\(months) months" : "\(months / 12) years"
    }
    return offset > 0 ? "in \(amount)" : "\(amount) ago"
  }
}
