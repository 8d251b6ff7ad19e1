/// A time of day to the minute, as a date answer names it (`3pm`, `15:30`, `noon`).
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The hour, 0 to 23.
  public var hour: Int
  /// The minute, 0 to 59.
  public var minute: Int

  /// Creates a time; the parts are not checked.
  ///
  /// - Parameters:
  ///   - hour: The hour, 0 to 23.
  ///   - minute: The minute, 0 to 59.
  public init(hour: Int, minute: Int) {
    self.hour = hour
    self.minute = minute
  }

  /// The time as `HH:MM`, on the 24-hour clock.
  public var text: String { "\(AnswerFormat.padded(hour, 2)):\(AnswerFormat.padded(minute, 2))" }

  /// The `HH:MM` text.
  public var description: String { text }

  /// Whether a time comes earlier in the day than another.
  public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool {
    (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute)
  }

  /// Reads one word of a clock: `3pm`, `3:30pm`, `15:30`, `12am`, `noon`, `midnight`.
  ///
  /// A bare number (`3`) is not a time: it would be read into too many answers. Minutes take two
  /// digits, so a ratio like `2:1` is not a time either.
  ///
  /// - Parameters:
  ///   - word: The word, lowercased.
  ///   - meridiem: `am` or `pm` written as the next word, if any.
  init?(word: String, meridiem: String? = nil) {
    if meridiem == nil {
      switch word {
      case "noon", "midday":
        self.init(hour: 12, minute: 0)
        return
      case "midnight":
        self.init(hour: 0, minute: 0)
        return
      default:
        break
      }
    }
    var text = Substring(word)
    var suffix = meridiem
    if suffix == nil, text.hasSuffix("am") || text.hasSuffix("pm") {
      suffix = String(text.suffix(2))
      text = text.dropLast(2)
    }
    let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...2).contains(pieces.count), let first = pieces.first, (1...2).contains(first.count),
      DateWords.isDigits(first), let rawHour = Int(first)
    else { return nil }
    var minute = 0
    if pieces.count == 2 {
      let second = pieces[1]
      guard second.count == 2, DateWords.isDigits(second), let value = Int(second),
        (0...59).contains(value)
      else { return nil }
      minute = value
    }
    guard suffix != nil || pieces.count == 2 else { return nil }
    var hour = rawHour
    switch suffix {
    case "am"?:
      guard (1...12).contains(hour) else { return nil }
      hour = hour == 12 ? 0 : hour
    case "pm"?:
      guard (1...12).contains(hour) else { return nil }
      hour = hour == 12 ? 12 : hour + 12
    default:
      guard (0...23).contains(hour) else { return nil }
    }
    self.init(hour: hour, minute: minute)
  }
}
