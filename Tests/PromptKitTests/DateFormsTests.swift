import Foundation
import Testing

@testable import PromptKit

// Every rule of DateParser, counted from Tuesday 2026-12-01 10:00 UTC (Fixtures.tuesday).

private func parse(_ input: String, _ context: AnswerContext = Fixtures.tuesday) -> String? {
  try? DateParser(context: context).parse(input).get()
}

private func refusal(_ input: String) -> String? {
  guard case .failure(let rejection) = DateParser(context: Fixtures.tuesday).parse(input) else {
    return nil
  }
  return rejection.reason
}

@Test(arguments: [
  ("the 14th", "2026-12-14"), ("14th", "2026-12-14"), ("on the 3rd", "2026-12-03"),
  ("the 1st", "2026-12-01"), ("the 31st", "2026-12-31"), ("22nd", "2026-12-22"),
  ("due the 14th", "2026-12-14"), ("the 14th of next month", "2027-01-14"),
  ("the 3rd of this month", "2026-12-03"), ("the 31st of next month", "2027-01-31"),
])
func ordinalsAreTheNextSuchDayOnOrAfterToday(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test func ordinalsSkipMonthsTooShort() {
  // On 18 November the 31st is in December (November has 30 days), the 15th in December.
  #expect(parse("the 31st", Fixtures.context) == "2026-12-31")
  #expect(parse("the 15th", Fixtures.context) == "2026-12-15")
  #expect(parse("the 18th", Fixtures.context) == "2026-11-18")
}

@Test(arguments: [
  "Dec 14", "14 Dec", "December 14th", "14 december 2026", "dec 14, 2026", "the 14th of December",
  "14th of dec", "Dec. 14", "DECEMBER 14", "Mon 14 Dec", "Monday, December 14th", "by Dec 14",
])
func monthNamesEitherWayRound(input: String) {
  #expect(parse(input) == "2026-12-14")
}

@Test(arguments: [
  // The next occurrence...
  ("Jan 4", "2027-01-04"), ("4 jan", "2027-01-04"), ("Sep 30", "2027-09-30"),
  ("1 dec", "2026-12-01"),
  // ...except within the last two months, which stays in the past to be questioned.
  ("Nov 30", "2026-11-30"), ("Oct 2", "2026-10-02"), ("Oct 1", "2026-10-01"),
  ("30 Sep", "2027-09-30"),
  // A year given is kept, past or not.
  ("14 december 2027", "2027-12-14"), ("dec 1, 2025", "2025-12-01"),
  ("feb 29", "2028-02-29"),
])
func aMonthDayWithoutYearIsTheNextOneUnlessJustPast(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test func aJustPastDayAcrossNewYearIsLastYears() {
  // On 2027-01-10, "Dec 20" is three weeks back, not eleven months ahead.
  let calendar = Fixtures.tuesday.calendar
  let january = calendar.date(from: DateComponents(year: 2027, month: 1, day: 10, hour: 10))
  let context = AnswerContext(now: january ?? Date(), calendar: calendar)
  #expect(parse("Dec 20", context) == "2026-12-20")
  #expect(parse("Oct 20", context) == "2027-10-20")
}

@Test(arguments: [
  ("14/12", "2026-12-14"), ("12/14", "2026-12-14"), ("14.12", "2026-12-14"),
  ("14.12.2026", "2026-12-14"), ("12/14/2026", "2026-12-14"), ("2026/12/14", "2026-12-14"),
  ("2026.12.14", "2026-12-14"), ("2026-12-14", "2026-12-14"), ("14-12-2026", "2026-12-14"),
  ("5/5", "2027-05-05"), ("2026-12-14T10:00", "2026-12-14T10:00"),
  ("2026-12-14 10:00", "2026-12-14T10:00"),
])
func numericDatesThatReadOneWay(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test func ambiguousNumericDatesNameBothReadings() {
  #expect(
    refusal("3/4")
      == "ambiguous date: Sat 3 Apr 2027 or Thu 4 Mar 2027? write the month as a word")
  #expect(
    refusal("3.4.2027")?.hasPrefix("ambiguous date: Sat 3 Apr 2027 or Thu 4 Mar 2027") == true)
  #expect(parse("3 Apr") == "2027-04-03")
}

@Test func aWeekdayMustMatchTheDate() {
  #expect(parse("Fri 11th") == "2026-12-11")
  #expect(parse("friday the 11th") == "2026-12-11")
  #expect(parse("Mon, 2026-12-14") == "2026-12-14")
  #expect(refusal("Fri 14th") == "14 Dec 2026 is a Monday, not a Friday")
  #expect(refusal("Fri 14 Dec") == "14 Dec 2026 is a Monday, not a Friday")
  #expect(refusal("tue 2026-12-14") == "14 Dec 2026 is a Monday, not a Tuesday")
}

@Test(arguments: [
  ("in two weeks", "2026-12-15"), ("in 2 weeks", "2026-12-15"), ("in ten days", "2026-12-11"),
  ("in a month", "2027-01-01"), ("in 2 months", "2027-02-01"), ("in twelve days", "2026-12-13"),
  ("in a year", "2027-12-01"), ("in 2 years", "2028-12-01"), ("in 0 days", "2026-12-01"),
])
func countsInDigitsOrWords(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test(arguments: [
  ("end of week", "2026-12-04"), ("eow", "2026-12-04"), ("end of the week", "2026-12-04"),
  ("by the end of the week", "2026-12-04"), ("end of this week", "2026-12-04"),
  ("end of next week", "2026-12-11"), ("end of month", "2026-12-31"), ("eom", "2026-12-31"),
  ("end of the month", "2026-12-31"), ("end of next month", "2027-01-31"),
  ("next month", "2027-01-01"), ("next week", "2026-12-08"),
  ("eod", "2026-12-01T17:00"), ("end of day", "2026-12-01T17:00"), ("cob", "2026-12-01T17:00"),
  ("end of the day", "2026-12-01T17:00"), ("close of business", "2026-12-01T17:00"),
  ("friday eod", "2026-12-04T17:00"), ("eod tomorrow", "2026-12-02T17:00"),
])
func endsOfDaysWeeksAndMonths(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test(arguments: [
  // Saturday 5 and Sunday 6 December: the week's Friday is gone, so the coming one.
  (5, "2026-12-11"), (6, "2026-12-11"),
  // Friday 4 December: today. Monday 7: that Friday.
  (4, "2026-12-04"), (7, "2026-12-11"),
])
func endOfWeekOnEachDay(day: Int, expected: String) {
  #expect(parse("eow", Fixtures.context(day: day)) == expected)
}

@Test(arguments: [
  // On Tuesday 1 December: "friday" and "this friday" are in 3 days, "next friday" in 10.
  ("friday", "2026-12-04"), ("this friday", "2026-12-04"), ("next friday", "2026-12-11"),
  ("fri", "2026-12-04"), ("next fri", "2026-12-11"),
  // Today's weekday alone is a week ahead; "next" is next week's, which is the same day.
  ("tuesday", "2026-12-08"), ("this tuesday", "2026-12-08"), ("next tuesday", "2026-12-08"),
  ("wednesday", "2026-12-02"), ("next wednesday", "2026-12-09"),
  ("monday", "2026-12-07"), ("next monday", "2026-12-07"),
  ("sunday", "2026-12-06"), ("next sunday", "2026-12-13"),
  // "last": the latest such day before today, a week back for today's weekday.
  ("last friday", "2026-11-27"), ("last monday", "2026-11-30"), ("last tuesday", "2026-11-24"),
  ("last wed", "2026-11-25"),
])
func thisAndNextWeekdays(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test func nextWeekdayFromTheWeekend() {
  // Saturday 5 December: next week starts on Monday 7, so "friday" and "next friday" agree.
  let saturday = Fixtures.context(day: 5)
  #expect(parse("friday", saturday) == "2026-12-11")
  #expect(parse("next friday", saturday) == "2026-12-11")
  #expect(parse("next monday", saturday) == "2026-12-07")
  // Friday 4 December: "friday" is a week ahead, as is "next friday".
  #expect(parse("friday", Fixtures.context(day: 4)) == "2026-12-11")
  #expect(parse("next friday", Fixtures.context(day: 4)) == "2026-12-11")
}

@Test(arguments: [
  ("3pm", "2026-12-01T15:00"), ("15:30", "2026-12-01T15:30"), ("noon", "2026-12-01T12:00"),
  ("at 10am", "2026-12-01T10:00"), ("10am thursday", "2026-12-03T10:00"),
  ("thursday at 10am", "2026-12-03T10:00"), ("10 am thursday", "2026-12-03T10:00"),
  ("3 p.m. tomorrow", "2026-12-02T15:00"), ("midday", "2026-12-01T12:00"),
  ("at 3pm on friday", "2026-12-04T15:00"), ("the 14th at 9:30am", "2026-12-14T09:30"),
  ("Dec 14 10am", "2026-12-14T10:00"), ("by friday", "2026-12-04"),
])
func timesAloneAreTodayAndGoWithAnyDay(input: String, expected: String) {
  #expect(parse(input) == expected)
}

@Test func unreadableAnswersShowTheFormsToType() {
  #expect(
    refusal("someday")
      == "expected a date like 'tomorrow 3pm', 'next friday', 'the 14th', 'Dec 14', 'in 2 weeks'"
      + " or 2026-12-14")
}
