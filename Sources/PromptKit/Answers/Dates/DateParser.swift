import Foundation

/// Reads dates the way founders type them and stores them as ISO 8601.
///
/// Counted in the context's calendar and time zone; weeks start on Monday. The phrases, with
/// what they mean on Tuesday 1 December 2026:
///
/// - `today`, `tomorrow` (`tmrw`), `yesterday`.
/// - Weekdays, full or short (`fri`, `tues`, `thurs`): `friday` and `this friday` are the next
///   Friday after today (Fri 4 Dec); on a Friday that is a week ahead, since whoever means the
///   day itself types `today`. `next friday` is the Friday of next week: Fri 11 Dec, ten days
///   away; on a Saturday or Sunday it is the coming Friday.
///   `last friday` is the latest Friday before today (Fri 27 Nov).
/// - `next week` is a week from today (Tue 8 Dec); `next month` the first of next month (1 Jan).
/// - `in 3 days`, `in ten days`, `in 2 weeks`, `in two weeks`, `in a month`, `in 2 years`: counts
///   in digits or as words from one to twelve (`a`/`an` for one).
/// - `end of week`, `end of the week`, `eow`: this week's Friday (on Saturday or Sunday the
///   coming one); `end of next week`. `end of month`, `eom`: the month's last day (Thu 31 Dec);
///   `end of next month`.
/// - `eod`, `end of day`, `cob`, `close of business`: 17:00, today unless a day is given
///   (`friday eod`).
/// - Ordinals, `the 14th`, `14th`, `on the 3rd`: the next such day of the month on or after
///   today (the 1st is today, the 31st is Thu 31 Dec, and a 31st skips months without one);
///   `the 14th of next month` (Thu 14 Jan), `the 3rd of this month` (past or not).
/// - A month by name, full or short, before or after the day, the day with or without its
///   ordinal suffix, an optional four-digit year: `Dec 14`, `14 Dec`, `December 14th`,
///   `the 14th of December`, `14 december 2026`, `dec 14, 2026`. Without a year: the next such
///   day on or after today, unless the last one was at most two months back, which is taken
///   (`Nov 30` is Mon 30 Nov 2026, past, so that it can be questioned rather than silently
///   moved a year on; `Sep 30` is 30 Sep 2027).
/// - Numbers, only when they read one way: `14/12` and `12/14` are 14 Dec (14 cannot be a month);
///   `14.12.2026`, `12/14/2026`, `2026/12/14`, ISO `2026-12-14` and `2026-12-14T10:00`. `3/4`
///   could be 3 April or 4 March and is refused with both readings. `5/5` is 5 May. A year
///   has four digits.
/// - A weekday before a written date must match it: `Mon 14 Dec` is read, `Fri 14 Dec` refused.
/// - A time before or after any of these, with an optional `at`: `3pm`, `3 pm`, `3:30pm`,
///   `15:30`, `noon`, `midday`, `midnight`, `12am`; `10am thursday`, `friday at 3pm`. A time
///   alone is today. A bare number (`friday 3`) is not a time, and minutes take two digits.
/// - A whole answer may start with `by`, `on` or `due`.
///
/// ``read(_:)`` gives a ``DateReading`` (the day, the time, whether it is past, and an echo
/// such as `Fri 11 Dec, next week`); ``find(in:)`` looks for such a phrase inside a sentence.
public struct DateParser: Sendable {
  /// The clock and calendar to count from.
  public var context: AnswerContext

  /// Creates a parser.
  public init(context: AnswerContext) {
    self.context = context
  }

  private static let expected = AnswerRejection(
    "expected a date like 'tomorrow 3pm', 'next friday', 'the 14th', 'Dec 14', 'in 2 weeks'"
      + " or 2026-12-14")

  /// Parses a date into its stored form.
  ///
  /// - Parameter input: What the founder typed.
  /// - Returns: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time; or why it was not understood.
  public func parse(_ input: String) -> Result<String, AnswerRejection> {
    read(input).map(\.iso)
  }

  /// Reads a whole answer as a date.
  ///
  /// - Parameter input: What the founder typed.
  /// - Returns: What it means, or why it was not understood (an ambiguous `3/4` names both
  ///   readings; other reasons show the forms to type).
  public func read(_ input: String) -> Result<DateReading, AnswerRejection> {
    let tokens = DateToken.tokens(in: input)
    var start = 0
    while start < tokens.count - 1, DateWords.leads.contains(tokens[start].word) { start += 1 }
    let days = DayArithmetic(context: context)
    let grammar = DateGrammar(tokens: tokens, mode: .answer, days: days)
    guard let phrase = grammar.phrase(at: start), phrase.end == tokens.count else {
      return .failure(Self.expected)
    }
    return phrase.meaning.flatMap { moment in
      DateReading(day: moment.day, time: moment.time, counting: days).map { .success($0) }
        ?? .failure(Self.expected)
    }
  }

  /// Finds the first date phrase inside a sentence.
  ///
  /// Reads the phrases ``DateParser`` documents, more strictly, so that numbers that are not
  /// dates stay so: `40 invoices a month`, `version 2.1`, `3 people`, `24/7` and `the 3rd call`
  /// are no dates. In a sentence a bare ordinal needs its `the` (`by the 14th`); a time alone
  /// needs am/pm, a name (`noon`, `eod`) or an `at`; `sat`, `sun`, `wed`, `mon`, a number and
  /// `may` or `march` (`14 may`) and numbers without a year (`14/12`) need `this`/`next`, a word
  /// such as `on`, `by` or `until` before them, or a time next to them; `14.12` needs its
  /// year; an ambiguous `3/4` is skipped. A phrase does not run past a full stop.
  ///
  /// - Parameter text: The sentence.
  /// - Returns: The phrase's place in the text and what it means, or nil when there is none.
  public func find(in text: String) -> DateMatch? {
    matches(in: text, first: true).first
  }

  /// Finds every date phrase inside a text, in order, as ``find(in:)`` reads them.
  ///
  /// - Parameter text: The text.
  /// - Returns: The phrases, none overlapping.
  public func findAll(in text: String) -> [DateMatch] {
    matches(in: text, first: false)
  }

  private func matches(in text: String, first: Bool) -> [DateMatch] {
    let days = DayArithmetic(context: context)
    var found: [DateMatch] = []
    for clause in Self.clauses(DateToken.tokens(in: text)) {
      let grammar = DateGrammar(tokens: clause, mode: .text, days: days)
      var index = 0
      while index < clause.count {
        // "at 3pm" is found as "3pm": the phrase starts at its first word that means something.
        guard clause[index].word != "at", clause[index].word != "on",
          let phrase = grammar.phrase(at: index), case .success(let moment) = phrase.meaning,
          let reading = DateReading(day: moment.day, time: moment.time, counting: days)
        else {
          index += 1
          continue
        }
        let range = clause[index].range.lowerBound..<clause[phrase.end - 1].range.upperBound
        found.append(DateMatch(range: range, text: String(text[range]), reading: reading))
        if first { return found }
        index = phrase.end
      }
    }
    return found
  }

  /// The tokens split where a date phrase must stop.
  private static func clauses(_ tokens: [DateToken]) -> [[DateToken]] {
    var clauses: [[DateToken]] = [[]]
    for token in tokens {
      clauses[clauses.count - 1].append(token)
      if token.endsClause { clauses.append([]) }
    }
    return clauses.filter { !$0.isEmpty }
  }
}
