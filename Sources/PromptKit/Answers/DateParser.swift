import Foundation

/// Reads dates the way founders type them and stores them as ISO 8601.
///
/// Accepts `today`, `tomorrow`, `yesterday`, weekday names (`tue`, `tuesday`, `next tuesday`: the
/// next such day after today), `next week`, `in 3 days`, `in 2 weeks`, `in a week`, ISO dates
/// (`2026-12-01`), each optionally followed or preceded by a time (`3pm`, `3:30 pm`, `15:30`,
/// `noon`, with an optional `at`). A time alone means today. The result is `YYYY-MM-DD`, or
/// `YYYY-MM-DDTHH:MM` with a time, in the context's calendar and time zone.
public struct DateParser: Sendable {
  /// The clock and calendar to count from.
  public var context: AnswerContext

  /// Creates a parser.
  public init(context: AnswerContext) {
    self.context = context
  }

  private static let weekdays: [(names: [String], number: Int)] = [
    (["sunday", "sun"], 1), (["monday", "mon"], 2), (["tuesday", "tue", "tues"], 3),
    (["wednesday", "wed"], 4), (["thursday", "thu", "thur", "thurs"], 5),
    (["friday", "fri"], 6), (["saturday", "sat"], 7),
  ]

  /// Parses a date.
  ///
  /// - Parameter input: What the founder typed.
  /// - Returns: The ISO 8601 text, or why it was not understood.
  public func parse(_ input: String) -> Result<String, AnswerRejection> {
    var words = input.lowercased()
      .replacingOccurrences(of: ",", with: " ")
      .split(whereSeparator: \.isWhitespace).map(String.init)
      .filter { $0 != "at" && $0 != "on" }
    var time: (hour: Int, minute: Int)?
    // Take the time from either end: "tomorrow 3pm", "3pm tomorrow", "tomorrow 3 pm".
    if let (found, count) = Self.time(in: words, atEnd: true) {
      time = found
      words.removeLast(count)
    } else if let (found, count) = Self.time(in: words, atEnd: false) {
      time = found
      words.removeFirst(count)
    }
    guard let day = day(words) else {
      return .failure(
        AnswerRejection(
          "expected a date like 'tomorrow', 'friday', 'next tuesday 3pm', 'in 3 days' or 2026-12-01"
        ))
    }
    var text =
      "\(AnswerFormat.padded(day.year, 4))-\(AnswerFormat.padded(day.month, 2))-"
      + AnswerFormat.padded(day.day, 2)
    if let time {
      text += "T\(AnswerFormat.padded(time.hour, 2)):\(AnswerFormat.padded(time.minute, 2))"
    }
    return .success(text)
  }

  private func day(_ words: [String]) -> (year: Int, month: Int, day: Int)? {
    let calendar = context.calendar
    let today = calendar.startOfDay(for: context.now)
    func shifted(_ days: Int) -> (Int, Int, Int)? {
      guard let date = calendar.date(byAdding: .day, value: days, to: today) else { return nil }
      let parts = calendar.dateComponents([.year, .month, .day], from: date)
      guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
      return (year, month, day)
    }
    switch words {
    case [], ["today"]: return shifted(0)
    case ["tomorrow"]: return shifted(1)
    case ["yesterday"]: return shifted(-1)
    case ["next", "week"], ["in", "a", "week"], ["in", "one", "week"]: return shifted(7)
    default: break
    }
    if words.count == 3, words[0] == "in", let count = Int(words[1]), (0...3660).contains(count) {
      switch words[2] {
      case "day", "days": return shifted(count)
      case "week", "weeks": return shifted(count * 7)
      default: return nil
      }
    }
    var dayWords = words
    if dayWords.first == "next" || dayWords.first == "this" {
      dayWords.removeFirst()
    }
    if dayWords.count == 1,
      let weekday = Self.weekdays.first(where: { $0.names.contains(dayWords[0]) })?.number
    {
      let current = calendar.component(.weekday, from: today)
      let delta = (weekday - current + 7) % 7
      return shifted(delta == 0 ? 7 : delta)
    }
    if words.count == 1 {
      return iso(words[0])
    }
    return nil
  }

  private func iso(_ word: String) -> (year: Int, month: Int, day: Int)? {
    let parts = word.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
      let month = Int(parts[1]), let day = Int(parts[2]),
      (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let components = DateComponents(year: year, month: month, day: day)
    // Round-trip through the calendar so February 30 is refused rather than rolled over.
    guard let date = context.calendar.date(from: components),
      context.calendar.component(.day, from: date) == day
    else { return nil }
    return (year, month, day)
  }

  /// A time at one end of the words, and how many words it took.
  private static func time(in words: [String], atEnd: Bool) -> ((hour: Int, minute: Int), Int)? {
    guard !words.isEmpty else { return nil }
    if words.count >= 2 {
      let pair = atEnd ? words.suffix(2).joined() : words.prefix(2).joined()
      if ["am", "pm"].contains(atEnd ? words[words.count - 1] : words[1]),
        let found = clock(pair)
      {
        return (found, 2)
      }
    }
    let word = atEnd ? words[words.count - 1] : words[0]
    return clock(word).map { ($0, 1) }
  }

  private static func clock(_ word: String) -> (hour: Int, minute: Int)? {
    if word == "noon" { return (12, 0) }
    if word == "midnight" { return (0, 0) }
    var text = Substring(word)
    var meridiem: String?
    if text.hasSuffix("am") || text.hasSuffix("pm") {
      meridiem = String(text.suffix(2))
      text = text.dropLast(2)
    }
    let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.count <= 2 }),
      let rawHour = Int(pieces[0])
    else { return nil }
    let minute = pieces.count == 2 ? Int(pieces[1]) : 0
    guard let minute, (0...59).contains(minute) else { return nil }
    // A bare number ("3") is not a time: it would be read into too many answers.
    guard meridiem != nil || pieces.count == 2 else { return nil }
    var hour = rawHour
    switch meridiem {
    case "am"?:
      guard (1...12).contains(hour) else { return nil }
      hour = hour == 12 ? 0 : hour
    case "pm"?:
      guard (1...12).contains(hour) else { return nil }
      hour = hour == 12 ? 12 : hour + 12
    default:
      guard (0...23).contains(hour) else { return nil }
    }
    return (hour, minute)
  }
}
