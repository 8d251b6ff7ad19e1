/// When a promised step is due: a day, or a day and a local time.
///
/// Written `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`; both forms sort correctly as text, which the
/// follow-up query relies on.
public struct DueDate: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The day it is due.
  public let day: JournalDay
  /// The local time on that day, as minutes after midnight; `nil` for the whole day.
  public let minuteOfDay: Int?

  /// A due date for the whole `day`.
  public init(_ day: JournalDay) {
    self.day = day
    self.minuteOfDay = nil
  }

  /// A due date at `hour`:`minute` local time on `day`.
  ///
  /// - Returns: `nil` when the time is not a valid wall-clock time.
  public init?(_ day: JournalDay, hour: Int, minute: Int) {
    guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
    self.day = day
    self.minuteOfDay = hour * 60 + minute
  }

  /// Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
  public init?(_ text: String) {
    if let day = JournalDay(text) {
      self.init(day)
      return
    }
    let bytes = Array(text.utf8)
    guard bytes.count == 16, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
      let day = JournalDay(String(decoding: bytes[0..<10], as: UTF8.self)),
      let hour = JournalDay.number(bytes[11..<13]), let minute = JournalDay.number(bytes[14..<16])
    else { return nil }
    self.init(day, hour: hour, minute: minute)
  }

  /// The hour, when a time was given.
  public var hour: Int? { minuteOfDay.map { $0 / 60 } }
  /// The minute, when a time was given.
  public var minute: Int? { minuteOfDay.map { $0 % 60 } }

  /// As people say it: "Thu 3 Dec" or "Thu 3 Dec 10:00" (with the year when it is not
  /// `thisYear`).
  public func label(thisYear: Int? = nil) -> String {
    let day = self.day.label(thisYear: thisYear)
    guard let hour, let minute else { return day }
    return day + " " + JournalDay.pad(hour, 2) + ":" + JournalDay.pad(minute, 2)
  }

  /// `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`.
  public var description: String {
    guard let hour, let minute else { return day.description }
    return day.description + "T" + JournalDay.pad(hour, 2) + ":" + JournalDay.pad(minute, 2)
  }

  public static func < (lhs: DueDate, rhs: DueDate) -> Bool {
    if lhs.day != rhs.day { return lhs.day < rhs.day }
    return (lhs.minuteOfDay ?? -1) < (rhs.minuteOfDay ?? -1)
  }
}

extension DueDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    guard let due = DueDate(try container.decode(String.self)) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a due date as YYYY-MM-DD or YYYY-MM-DDTHH:MM")
    }
    self = due
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
