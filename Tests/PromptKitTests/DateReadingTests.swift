import Foundation
import Testing

@testable import PromptKit

// The echo and isPast, counted from Tuesday 2026-12-01 10:00 UTC.

private func reading(_ input: String) throws -> DateReading {
  try DateParser(context: Fixtures.tuesday).read(input).get()
}

@Test(arguments: [
  ("next friday", "Fri 11 Dec, next week"), ("today", "Tue 1 Dec, today"),
  ("Dec 14 10am", "Mon 14 Dec 10:00, in 13 days"), ("tomorrow", "Wed 2 Dec, tomorrow"),
  ("friday", "Fri 4 Dec, this week"), ("sunday", "Sun 6 Dec, this week"),
  ("next monday", "Mon 7 Dec, next week"), ("yesterday", "Mon 30 Nov, yesterday"),
  ("9am", "Tue 1 Dec 09:00, earlier today"), ("11am", "Tue 1 Dec 11:00, today"),
  ("Nov 27", "Fri 27 Nov, last week"), ("Nov 20", "Fri 20 Nov, 11 days ago"),
  ("Oct 2", "Fri 2 Oct, 9 weeks ago"), ("jan 4", "Mon 4 Jan 2027, in 5 weeks"),
  ("in 5 weeks", "Tue 5 Jan 2027, in 5 weeks"), ("in 3 months", "Mon 1 Mar 2027, in 3 months"),
  ("in 3 years", "Sat 1 Dec 2029, in 3 years"), ("dec 1, 2025", "Mon 1 Dec 2025, 12 months ago"),
])
func echoesTheWeekdayAndWhereTheDayLies(input: String, echo: String) throws {
  #expect(try reading(input).echo == echo)
}

@Test(arguments: [
  ("yesterday", true), ("Nov 30", true), ("9am", true), ("9:59", true), ("10:00", false),
  ("today", false), ("11am", false), ("tomorrow", false), ("eod", false), ("Oct 1", true),
])
func pastIsADayBeforeTodayOrATimeAlreadyGone(input: String, isPast: Bool) throws {
  #expect(try reading(input).isPast == isPast)
}

@Test func aReadingHoldsTheDayTheTimeAndTheMoment() throws {
  let found = try reading("thursday 3:30pm")
  #expect(found.day == CalendarDay(year: 2026, month: 12, day: 3))
  #expect(found.time == ClockTime(hour: 15, minute: 30))
  #expect(found.iso == "2026-12-03T15:30")
  #expect(found.label == "Thu 3 Dec 15:30")
  #expect(found.relative == "this week")
  #expect(found.date == Fixtures.tuesday.now.addingTimeInterval(2 * 86_400 + 5.5 * 3_600))
  let day = try reading("the 14th")
  #expect(day.time == nil)
  #expect(day.iso == "2026-12-14")
  #expect(day.date == Fixtures.tuesday.now.addingTimeInterval(13 * 86_400 - 10 * 3_600))
}

@Test func parseStillGivesTheStoredForm() {
  let parser = DateParser(context: Fixtures.tuesday)
  #expect(parser.parse("next friday 3pm") == .success("2026-12-11T15:00"))
  #expect(parser.parse("next friday 3pm") == parser.read("next friday 3pm").map(\.iso))
}
