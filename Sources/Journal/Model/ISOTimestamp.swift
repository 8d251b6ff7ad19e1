import Foundation
import GRDB
import Vocabulary

/// Instants as ISO 8601 UTC text with milliseconds: `2026-11-23T13:48:40.123Z`.
///
/// The same text is stored in the database and written to exports, so a value survives a
/// round trip unchanged, sorts as text, and needs no (non-Sendable) date formatter.
enum ISOTimestamp {
  /// The text for `date`, rounded to the millisecond.
  static func string(_ date: Date) -> String {
    let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
    let (days, inDay) = floorDivide(milliseconds, 86_400_000)
    let day = JournalDay(ordinal: days)
    let hour = inDay / 3_600_000
    let minute = inDay / 60_000 % 60
    let second = inDay / 1000 % 60
    let milli = inDay % 1000
    return day.description + "T" + JournalDay.pad(hour, 2) + ":" + JournalDay.pad(minute, 2) + ":"
      + JournalDay.pad(second, 2) + "." + JournalDay.pad(milli, 3) + "Z"
  }

  /// The basic iCalendar UTC form, `20261123T134840Z`.
  static func compact(_ date: Date) -> String {
    let seconds = Int((date.timeIntervalSince1970).rounded(.down))
    let (days, inDay) = floorDivide(seconds, 86_400)
    return JournalDay(ordinal: days).compact + "T" + JournalDay.pad(inDay / 3600, 2)
      + JournalDay.pad(inDay / 60 % 60, 2) + JournalDay.pad(inDay % 60, 2) + "Z"
  }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fff…](Z|±HH:MM)`; a space may replace the `T`.
  static func date(_ text: String) -> Date? {
    var text = text
    // Parsing the UTF-8 in place: the pipeline parses two timestamps per lead.
    return text.withUTF8 { date(utf8: $0) }
  }

  private static func date(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
    func digits(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let digit = Int(bytes[index]) - 48
        guard (0...9).contains(digit) else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
      bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let year = digits(0..<4), let month = digits(5..<7), let dayOfMonth = digits(8..<10),
      let day = JournalDay(year: year, month: month, day: dayOfMonth),
      let hour = digits(11..<13), hour < 24, let minute = digits(14..<16), minute < 60,
      let second = digits(17..<19), second < 61
    else { return nil }
    var index = 19
    var fraction = 0.0
    if bytes[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 0.1
      let start = index
      while index < bytes.count, let digit = digits(index..<index + 1) {
        fraction += Double(digit) * scale
        scale /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < bytes.count else { return nil }
    var offset = 0
    if bytes[index] == UInt8(ascii: "Z") {
      guard index + 1 == bytes.count else { return nil }
    } else {
      guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
        let offsetHour = digits(index + 1..<index + 3),
        let offsetMinute = digits(index + 4..<index + 6)
      else { return nil }
      let sign: Int
      switch bytes[index] {
      case UInt8(ascii: "+"): sign = 1
      case UInt8(ascii: "-"): sign = -1
      default: return nil
      }
      offset = sign * (offsetHour * 3600 + offsetMinute * 60)
    }
    let seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second - offset
    let milliseconds = (Double(seconds) + fraction) * 1000
    return Date(timeIntervalSince1970: milliseconds.rounded() / 1000)
  }

  static let encoding = DatabaseDateEncodingStrategy.custom { string($0) }
  static let decoding = DatabaseDateDecodingStrategy.custom { value in
    String.fromDatabaseValue(value).flatMap(date)
  }

  private static func floorDivide(_ value: Int, _ divisor: Int) -> (Int, Int) {
    let remainder = value % divisor
    return remainder < 0
      ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
  }
}
