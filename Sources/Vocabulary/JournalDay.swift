import Foundation

/// A calendar day without a time zone, written `YYYY-MM-DD`.
///
/// Meetings and due dates are days the founder names, not instants: a step due on the 30th is due
/// on the 30th wherever the laptop is, so days are stored as floating text and compared as days.
public struct JournalDay: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The year, for instance 2026.
  public let year: Int
  /// The month, 1–12.
  public let month: Int
  /// The day of the month, 1–31.
  public let day: Int

  /// Creates a day when the parts name a real calendar day.
  ///
  /// - Returns: `nil` for an impossible day such as February 30.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Self.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` strictly.
  ///
  /// - Returns: `nil` unless the text is exactly a valid day in that form.
  public init?(_ text: String) {
    var text = text
    guard
      let parts = text.withUTF8({ bytes -> (Int, Int, Int)? in
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
          let year = Self.number(bytes[0..<4]), let month = Self.number(bytes[5..<7]),
          let day = Self.number(bytes[8..<10])
        else { return nil }
        return (year, month, day)
      })
    else { return nil }
    self.init(year: parts.0, month: parts.1, day: parts.2)
  }

  /// The day on which `date` falls in `timeZone`.
  public init(_ date: Date, timeZone: TimeZone = .current) {
    // Offset arithmetic rather than a Calendar: the pipeline converts one date per lead.
    let seconds =
      Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    self.init(ordinal: days)
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day as `YYYY-MM-DD`.
  public var description: String {
    // Digit by digit: the pipeline and the follow-ups print thousands of days.
    String(unsafeUninitializedCapacity: 10) { buffer in
      func put(_ value: Int, at start: Int, width: Int) {
        var value = value
        for index in stride(from: start + width - 1, through: start, by: -1) {
          buffer[index] = UInt8(ascii: "0") + UInt8(value % 10)
          value /= 10
        }
      }
      put(year, at: 0, width: 4)
      buffer[4] = UInt8(ascii: "-")
      put(month, at: 5, width: 2)
      buffer[7] = UInt8(ascii: "-")
      put(day, at: 8, width: 2)
      return 10
    }
  }

  /// The day as `YYYYMMDD`, the iCalendar `DATE` form.
  package var compact: String { Self.pad(year, 4) + Self.pad(month, 2) + Self.pad(day, 2) }

  /// Days since 1970-01-01 (negative before it).
  public var ordinal: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    let shifted = ordinal + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    self.init(unchecked: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The weekday, 1 for Monday through 7 for Sunday (ISO 8601).
  public var weekday: Int { ((ordinal % 7 + 7) % 7 + 3) % 7 + 1 }

  /// The day as people say it: "Thu 3 Dec", with the year when it is not `year`.
  public func label(thisYear year: Int? = nil) -> String {
    let text = "\(Self.weekdayNames[weekday - 1]) \(day) \(Self.monthNames[month - 1])"
    return year == nil || year == self.year ? text : text + " \(self.year)"
  }

  private static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
  private static let monthNames = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> JournalDay { JournalDay(ordinal: ordinal + count) }

  /// Whole days from `self` to `other`: positive when `other` is later.
  public func days(to other: JournalDay) -> Int { other.ordinal - ordinal }

  public static func < (lhs: JournalDay, rhs: JournalDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  package static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  package static func number(_ digits: some Collection<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  package static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}

extension JournalDay: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = JournalDay(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a day as YYYY-MM-DD")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
