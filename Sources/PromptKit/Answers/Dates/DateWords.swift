/// The English words dates are written with, and the words around them in a sentence.
enum DateWords {
  /// Weekday names and their abbreviations, Monday = 0 to Sunday = 6.
  static let weekdays: [String: Int] = [
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
  ]

  /// Weekday abbreviations that are also common English words ("we sat down", "the sun").
  ///
  /// In free text they count only with `this`/`next`, a word like `on` or `by` before them, or
  /// a time next to them.
  static let ambiguousWeekdays: Set<String> = ["mon", "wed", "sat", "sun"]

  /// Month names and their abbreviations, January = 1.
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]

  /// Month names that are also verbs: in free text "14 may" needs a year, an ordinal or a word
  /// like `on` or `by` before it ("those 14 may leave" is no date).
  static let ambiguousMonths: Set<String> = ["may", "mar", "march"]

  /// Counts written as words, for `in two weeks`.
  static let numbers: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
  ]

  /// Words before a date in a sentence that show it is one: "by 14/12", "on sat".
  static let cues: Set<String> = [
    "on", "by", "before", "after", "until", "till", "til", "from", "due", "for",
  ]

  /// Words that may follow a bare "the 14th" in a sentence without making it "the 14th call".
  static let followers: Set<String> = [
    "at", "and", "or", "but", "then", "so", "latest", "if", "when", "before", "after", "to",
    "for", "with", "as", "because", "i", "we", "you", "he", "she", "they", "it", "is", "works",
    "morning", "afternoon", "evening",
  ]

  /// Words that lead into a date answer without changing it: "by friday", "due the 14th".
  static let leads: Set<String> = ["by", "on", "due"]

  /// Short names for the echo, Monday first.
  static let shortWeekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

  /// Full weekday names, Monday first, for the message about a weekday that does not match.
  static let fullWeekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]

  /// Short month names for the echo, January first.
  static let shortMonths = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// Whether a word is all ASCII digits (not any Unicode number) and not empty.
  static func isDigits(_ word: some StringProtocol) -> Bool {
    !word.isEmpty && word.allSatisfy { ("0"..."9").contains($0) }
  }

  /// A day of the month written as an ordinal (`14th`, `1st`, `22nd`, `3rd`), 1 to 31.
  static func ordinal(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    let suffix = word.suffix(2)
    guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
    let digits = word.dropLast(2)
    guard digits.count <= 2, isDigits(digits), let day = Int(digits), (1...31).contains(day)
    else { return nil }
    return day
  }

  /// A day of the month written as a number (`14`) or an ordinal (`14th`), 1 to 31.
  static func dayOfMonth(_ word: String) -> (day: Int, isOrdinal: Bool)? {
    if let day = ordinal(word) { return (day, true) }
    guard word.count <= 2, isDigits(word), let day = Int(word), (1...31).contains(day) else {
      return nil
    }
    return (day, false)
  }

  /// A four-digit year from 1900 to 2999.
  static func year(_ word: some StringProtocol) -> Int? {
    guard word.count == 4, isDigits(word), let year = Int(word), (1900...2999).contains(year)
    else { return nil }
    return year
  }
}
