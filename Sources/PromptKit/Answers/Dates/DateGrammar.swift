/// The phrases dates are written in, read from a run of ``DateToken``s.
///
/// Every reader takes the index of a word and returns what it understood and the index just
/// past the words it took, so one grammar serves whole answers (which must be read to their
/// end) and sentences (where a phrase is looked for at every word). ``DateParser`` documents
/// the phrases.
struct DateGrammar {
  /// How much a phrase must prove to count as a date.
  enum Mode {
    /// A whole answer to a date question: the founder meant a date.
    case answer
    /// Words inside a sentence: numbers and words that are only sometimes dates need a cue.
    case text
  }

  /// A day and maybe a time.
  struct Moment {
    /// The day.
    var day: CalendarDay
    /// The time, if one was given.
    var time: ClockTime?
  }

  /// A phrase read at some word: what it means, or why it was refused; and where it ends.
  struct Phrase {
    /// The meaning, or a reason (a date like 3/4 is recognised, then refused as ambiguous).
    var meaning: Result<Moment, AnswerRejection>
    /// The index just past the phrase's last word.
    var end: Int
  }

  /// A day read at some word.
  struct DayWords {
    /// The day, or why it was refused.
    var day: Result<CalendarDay, AnswerRejection>
    /// The index just past the last word.
    var end: Int
    /// A time given in the same word (`2026-12-01T09:05`).
    var time: ClockTime? = nil
    /// In free text, whether the words are dates only with a cue before them or a time next to
    /// them: `sat`, `14 may`, `14/12`.
    var needsSupport = false
  }

  /// A time read at some word.
  struct TimeWords {
    /// The time.
    var time: ClockTime
    /// The index just past the last word.
    var end: Int
    /// Whether it reads as a time even alone in a sentence: `3pm`, `noon`, `eod`, `at 15:30`.
    var standsAlone: Bool
  }

  /// The words being read.
  let tokens: [DateToken]
  /// Whole answer or free text.
  let mode: Mode
  /// The calendar and today.
  let days: DayArithmetic

  /// The word at an index, or nil past either end.
  func word(_ index: Int) -> String? {
    tokens.indices.contains(index) ? tokens[index].word : nil
  }

  /// Whether the word before an index shows that a date follows ("by", "on", "until").
  func cue(before index: Int) -> Bool {
    word(index - 1).map(DateWords.cues.contains) ?? false
  }

  /// The longest date phrase starting at a word: a day with a time before or after it, or a
  /// time alone (today).
  func phrase(at start: Int) -> Phrase? {
    if let lead = time(at: start) {
      var next = lead.end
      if word(next) == "on" { next += 1 }
      if let found = day(at: next), found.time == nil {
        return Phrase(meaning: found.day.map { Moment(day: $0, time: lead.time) }, end: found.end)
      }
      guard mode == .answer || lead.standsAlone else { return nil }
      return Phrase(meaning: .success(Moment(day: days.today, time: lead.time)), end: lead.end)
    }
    guard let found = day(at: start) else { return nil }
    var time = found.time
    var end = found.end
    if time == nil, let trailing = self.time(at: end) {
      time = trailing.time
      end = trailing.end
    }
    if mode == .text, found.needsSupport, time == nil, !cue(before: start) { return nil }
    return Phrase(meaning: found.day.map { Moment(day: $0, time: time) }, end: end)
  }

  /// The longest day phrase starting at a word; in free text, only days that exist.
  func day(at start: Int) -> DayWords? {
    let explicit = explicitDate(at: start)
    // In a sentence, "Fri 14 Dec" on a Monday is read from "14 Dec": the written date wins.
    if mode == .text, case .failure? = explicit?.day { return nil }
    let candidates = [
      relativeDay(at: start), inUnits(at: start), endOf(at: start), weekday(at: start),
      ordinal(at: start), explicit,
    ]
    var best: DayWords?
    for case let candidate? in candidates {
      if mode == .text, case .failure = candidate.day { continue }
      if candidate.end > (best?.end ?? start) { best = candidate }
    }
    return best
  }

  /// A time at a word, with an optional `at` before it: `3pm`, `3 pm`, `15:30`, `noon`,
  /// `midnight`, and `eod`, `cob`, `end of day`, `close of business` for 17:00.
  func time(at start: Int) -> TimeWords? {
    var index = start
    var introduced = ["at", "by", "until", "till", "before", "after", "from"].contains(
      word(start - 1) ?? "")
    if word(index) == "at" {
      index += 1
      introduced = true
    }
    guard let first = word(index) else { return nil }
    let endOfDay = ClockTime(hour: 17, minute: 0)
    switch first {
    case "eod", "cob":
      return TimeWords(time: endOfDay, end: index + 1, standsAlone: true)
    case "end" where word(index + 1) == "of":
      let skip = word(index + 2) == "the" ? 1 : 0
      guard word(index + 2 + skip) == "day" else { return nil }
      return TimeWords(time: endOfDay, end: index + 3 + skip, standsAlone: true)
    case "close" where word(index + 1) == "of" && word(index + 2) == "business":
      return TimeWords(time: endOfDay, end: index + 3, standsAlone: true)
    case "noon", "midday", "midnight":
      return ClockTime(word: first).map { TimeWords(time: $0, end: index + 1, standsAlone: true) }
    default:
      break
    }
    if let meridiem = word(index + 1), meridiem == "am" || meridiem == "pm",
      let time = ClockTime(word: first, meridiem: meridiem)
    {
      return TimeWords(time: time, end: index + 2, standsAlone: true)
    }
    guard let time = ClockTime(word: first) else { return nil }
    let hasMeridiem = first.hasSuffix("am") || first.hasSuffix("pm")
    return TimeWords(time: time, end: index + 1, standsAlone: hasMeridiem || introduced)
  }
}
