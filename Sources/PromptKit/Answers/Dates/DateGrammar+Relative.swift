extension DateGrammar {
  /// `today`, `tomorrow` (`tmrw`), `yesterday`, `next week` (a week from today), `next month`
  /// (its first day).
  func relativeDay(at start: Int) -> DayWords? {
    let today = days.today
    let day: CalendarDay?
    var end = start + 1
    switch word(start) {
    case "today": day = today
    case "tomorrow", "tmrw", "tmr": day = days.adding(days: 1, to: today)
    case "yesterday": day = days.adding(days: -1, to: today)
    case "next" where word(start + 1) == "week":
      day = days.adding(days: 7, to: today)
      end += 1
    case "next" where word(start + 1) == "month":
      let first = CalendarDay(year: today.year, month: today.month, day: 1)
      day = days.adding(months: 1, to: first)
      end += 1
    default: return nil
    }
    return day.map { DayWords(day: .success($0), end: end) }
  }

  /// `in 3 days`, `in two weeks`, `in a month`, `in 2 years`: counts in digits, or as words
  /// from one to twelve.
  func inUnits(at start: Int) -> DayWords? {
    guard word(start) == "in", let countWord = word(start + 1), let unit = word(start + 2)
    else { return nil }
    let count =
      DateWords.numbers[countWord] ?? (DateWords.isDigits(countWord) ? Int(countWord) : nil)
    guard let count, count <= 3660 else { return nil }
    let day: CalendarDay?
    switch unit {
    case "day", "days": day = days.adding(days: count, to: days.today)
    case "week",
      "weeks" where count <= 520:
      day = days.adding(days: count * 7, to: days.today)
    case "month",
      "months" where count <= 120:
      day = days.adding(months: count, to: days.today)
    case "year",
      "years" where count <= 10:
      day = days.adding(months: count * 12, to: days.today)
    default: return nil
    }
    return day.map { DayWords(day: .success($0), end: start + 3) }
  }

  /// `eow`, `end of (the|this|next) week` (the week's Friday; on a weekend the coming one), `eom`,
  /// `end of (the|this|next) month` (its last day); a `the` before `end` is allowed.
  func endOf(at start: Int) -> DayWords? {
    switch word(start) {
    case "eow": return endOfWeek(next: false).map { DayWords(day: .success($0), end: start + 1) }
    case "eom": return endOfMonth(next: false).map { DayWords(day: .success($0), end: start + 1) }
    default: break
    }
    var index = start
    if word(index) == "the" { index += 1 }
    guard word(index) == "end", word(index + 1) == "of" else { return nil }
    index += 2
    var next = false
    switch word(index) {
    case "the", "this": index += 1
    case "next":
      next = true
      index += 1
    default: break
    }
    let day: CalendarDay?
    switch word(index) {
    case "week": day = endOfWeek(next: next)
    case "month": day = endOfMonth(next: next)
    default: return nil
    }
    return day.map { DayWords(day: .success($0), end: index + 1) }
  }

  /// A weekday, alone or after `this`, `next` or `last`.
  ///
  /// Alone or with `this`: the next such day after today (a week ahead when today is that day:
  /// whoever means today says "today"). With `next`: that day in next week, weeks starting on
  /// Monday, so on a Tuesday "next friday" is ten days away. With `last`: the latest such day
  /// before today.
  func weekday(at start: Int) -> DayWords? {
    var index = start
    let qualifier = word(index)
    if qualifier == "this" || qualifier == "next" || qualifier == "last" { index += 1 }
    guard let name = word(index), let target = DateWords.weekdays[name],
      let current = days.weekday(of: days.today)
    else { return nil }
    let offset: Int
    if qualifier == "next" {
      offset = 7 - current + target
    } else if qualifier == "last" {
      let back = (current - target + 7) % 7
      offset = back == 0 ? -7 : -back
    } else {
      let ahead = (target - current + 7) % 7
      offset = ahead == 0 ? 7 : ahead
    }
    return days.adding(days: offset, to: days.today).map {
      DayWords(
        day: .success($0), end: index + 1,
        needsSupport: index == start && DateWords.ambiguousWeekdays.contains(name))
    }
  }

  /// An ordinal day of the month, `the 14th` or `14th`: the next such day on or after today
  /// (the 31st skips months too short for it); `the 14th of next month`, `the 3rd of this month`
  /// (past or not).
  ///
  /// In free text it needs its `the` and must not be followed by a noun ("the 3rd call").
  func ordinal(at start: Int) -> DayWords? {
    var index = start
    if word(index) == "the" { index += 1 }
    guard let text = word(index), let number = DateWords.ordinal(text) else { return nil }
    let first = CalendarDay(year: days.today.year, month: days.today.month, day: 1)
    if word(index + 1) == "of", word(index + 3) == "month",
      let months = ["this": 0, "next": 1][word(index + 2) ?? ""]
    {
      guard let month = days.adding(months: months, to: first),
        let day = days.valid(year: month.year, month: month.month, day: number)
      else { return nil }
      return DayWords(day: .success(day), end: index + 4)
    }
    if mode == .text {
      guard index > start else { return nil }
      if !tokens[index].punctuated, let follower = word(index + 1),
        !DateWords.followers.contains(follower), time(at: index + 1) == nil
      {
        return nil
      }
    }
    for months in 0...12 {
      guard let month = days.adding(months: months, to: first),
        let day = days.valid(year: month.year, month: month.month, day: number),
        day >= days.today
      else { continue }
      return DayWords(day: .success(day), end: index + 1)
    }
    return nil
  }

  private func endOfWeek(next: Bool) -> CalendarDay? {
    guard let current = days.weekday(of: days.today) else { return nil }
    // Friday is 4; on Saturday (5) and Sunday (6) this week's Friday is gone: take the coming
    // one, which is also next week's.
    let offset = next ? 11 - current : current <= 4 ? 4 - current : 11 - current
    return days.adding(days: offset, to: days.today)
  }

  private func endOfMonth(next: Bool) -> CalendarDay? {
    let month = next ? days.adding(months: 1, to: days.today) : days.today
    return month.flatMap(days.endOfMonth(of:))
  }
}
