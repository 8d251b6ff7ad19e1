extension DateGrammar {
  /// A date written out, with an optional weekday before it that must match: `Dec 14`,
  /// `14 Dec`, `December 14th`, `the 14th of December`, `dec 14, 2026`, `Mon 14 Dec`, `Fri 11th`,
  /// `14/12`, `12/14`, `14.12.2026`, `2026/12/14`, `2026-12-14`, `2026-12-14T10:00`.
  func explicitDate(at start: Int) -> DayWords? {
    var index = start
    var weekday: Int?
    if let name = word(start), let number = DateWords.weekdays[name] {
      weekday = number
      index += 1
    }
    guard var found = namedDate(at: index) ?? numericDate(at: index) else {
      // "Fri 11th", "friday the 11th": an ordinal checked against its weekday.
      guard weekday != nil, var found = ordinal(at: index) else { return nil }
      found.day = found.day.flatMap { check($0, weekday: weekday) }
      return found
    }
    found.day = found.day.flatMap { check($0, weekday: weekday) }
    if weekday != nil { found.needsSupport = false }
    return found
  }

  /// The day, unless a weekday written with it is another one.
  private func check(_ day: CalendarDay, weekday: Int?) -> Result<CalendarDay, AnswerRejection> {
    guard let weekday, let actual = days.weekday(of: day), actual != weekday else {
      return .success(day)
    }
    let written = "\(day.day) \(DateWords.shortMonths[day.month - 1]) \(day.year)"
    return .failure(
      AnswerRejection(
        "\(written) is a \(DateWords.fullWeekdays[actual]), not a \(DateWords.fullWeekdays[weekday])"
      ))
  }

  /// `Dec 14`, `December 14th`, `14 Dec`, `14th of December`, `the 14th of dec`, each with an
  /// optional four-digit year.
  private func namedDate(at start: Int) -> DayWords? {
    var index = start
    let month: Int
    let day: Int
    var needsSupport = false
    if let name = word(index), let named = DateWords.months[name],
      let number = word(index + 1).flatMap(DateWords.dayOfMonth)
    {
      month = named
      day = number.day
      index += 2
    } else {
      if word(index) == "the" { index += 1 }
      guard let number = word(index).flatMap(DateWords.dayOfMonth) else { return nil }
      index += 1
      if word(index) == "of" { index += 1 }
      guard let name = word(index), let named = DateWords.months[name] else { return nil }
      month = named
      day = number.day
      index += 1
      // "those 14 may leave": a bare number before a month that is also a verb needs a cue.
      needsSupport = !number.isOrdinal && DateWords.ambiguousMonths.contains(name)
    }
    if let year = word(index).flatMap(DateWords.year) {
      return dated(year: year, month: month, day: day, end: index + 1)
    }
    return nearest(month: month, day: day).map {
      DayWords(day: .success($0), end: index, needsSupport: needsSupport)
    }
  }

  /// One word of digits and separators: a year first (`2026-12-14`, `2026/12/14`, with `T` and a
  /// time for ISO), a year last (`14.12.2026`, `12/14/2026`), or no year (`14/12`, `14.12`).
  private func numericDate(at start: Int) -> DayWords? {
    guard var text = word(start) else { return nil }
    var time: ClockTime?
    if let split = text.firstIndex(of: "t") {
      guard let clock = ClockTime(word: String(text[text.index(after: split)...])) else {
        return nil
      }
      time = clock
      text = String(text[..<split])
    }
    guard let separator = text.first(where: { ["/", ".", "-"].contains($0) }) else { return nil }
    let parts = text.split(separator: separator, omittingEmptySubsequences: false)
    guard (2...3).contains(parts.count), parts.allSatisfy(DateWords.isDigits) else { return nil }
    let numbers = parts.compactMap { Int($0) }
    guard numbers.count == parts.count else { return nil }
    var found: DayWords?
    if parts.count == 3, let year = DateWords.year(parts[0]), parts[1].count <= 2,
      parts[2].count <= 2
    {
      found = dated(year: year, month: numbers[1], day: numbers[2], end: start + 1)
    } else if parts.count == 3, let year = DateWords.year(parts[2]), parts[0].count <= 2,
      parts[1].count <= 2, time == nil
    {
      found = eitherWay(numbers[0], numbers[1], year: year, end: start + 1)
    } else if parts.count == 2, separator != "-", parts.allSatisfy({ $0.count <= 2 }), time == nil {
      // "version 14.12" is no date: in free text only a slash, and only with a cue.
      if mode == .text && separator == "." { return nil }
      found = eitherWay(numbers[0], numbers[1], year: nil, end: start + 1)
      found?.needsSupport = true
    }
    found?.time = time
    return found
  }

  /// Day and month, or month and day, when only one reading is a real date (or both are the
  /// same); two real readings are refused as ambiguous, naming both.
  private func eitherWay(_ first: Int, _ second: Int, year: Int?, end: Int) -> DayWords? {
    func reading(month: Int, day: Int) -> CalendarDay? {
      guard let year else { return nearest(month: month, day: day) }
      return days.valid(year: year, month: month, day: day)
    }
    let dayFirst = reading(month: second, day: first)
    let monthFirst = reading(month: first, day: second)
    switch (dayFirst, monthFirst) {
    case (let day?, let other?) where first != second:
      let labels = [day, other].map {
        DateReading(day: $0, time: nil, counting: days)?.label ?? $0.iso
      }
      return DayWords(
        day: .failure(
          AnswerRejection(
            "ambiguous date: \(labels[0]) or \(labels[1])? write the month as a word")),
        end: end)
    case (let day?, _), (nil, let day?):
      return DayWords(day: .success(day), end: end)
    case (nil, nil):
      return nil
    }
  }

  private func dated(year: Int, month: Int, day: Int, end: Int) -> DayWords? {
    days.valid(year: year, month: month, day: day).map { DayWords(day: .success($0), end: end) }
  }

  /// A month and day with no year: the next one on or after today, unless the last one is at
  /// most two months back, which is kept so that a past date can be questioned rather than
  /// moved a year on.
  func nearest(month: Int, day: Int) -> CalendarDay? {
    let today = days.today
    var past: CalendarDay?
    var next: CalendarDay?
    // Eight years ahead finds the next 29 February.
    for year in (today.year - 1)...(today.year + 8) {
      guard let candidate = days.valid(year: year, month: month, day: day) else { continue }
      if candidate < today {
        past = candidate
      } else if next == nil {
        next = candidate
      }
    }
    if let past, let limit = days.adding(months: -2, to: today), past >= limit { return past }
    return next
  }
}
