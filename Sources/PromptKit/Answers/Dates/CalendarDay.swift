/// A day of the calendar, with no time and no time zone: what a date answer names.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, such as 2026.
  public var year: Int
  /// The month, 1 (January) to 12.
  public var month: Int
  /// The day of the month, 1 to 31.
  public var day: Int

  /// Creates a day; the parts are not checked (``DateParser`` only makes days that exist).
  ///
  /// - Parameters:
  ///   - year: The year.
  ///   - month: The month, 1 to 12.
  ///   - day: The day of the month.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day as ISO 8601: `YYYY-MM-DD`.
  public var iso: String {
    "\(AnswerFormat.padded(year, 4))-\(AnswerFormat.padded(month, 2))-\(AnswerFormat.padded(day, 2))"
  }

  /// The ISO 8601 text.
  public var description: String { iso }

  /// Whether a day comes before another.
  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
