import Foundation
import Testing

@testable import PromptKit

// The fixed clock is Wednesday 2026-11-18, 10:00 UTC.
@Test(arguments: [
  ("today", "2026-11-18"),
  ("Tomorrow", "2026-11-19"),
  ("yesterday", "2026-11-17"),
  ("friday", "2026-11-20"),
  ("fri", "2026-11-20"),
  ("wednesday", "2026-11-25"),
  ("next tuesday", "2026-11-24"),
  ("next week", "2026-11-25"),
  ("in 3 days", "2026-11-21"),
  ("in 2 weeks", "2026-12-02"),
  ("in a week", "2026-11-25"),
  ("in three days", "2026-11-21"),
  ("2026-12-01T09:05", "2026-12-01T09:05"),
  ("2026-12-01", "2026-12-01"),
  ("2028-02-29", "2028-02-29"),
  ("tomorrow 3pm", "2026-11-19T15:00"),
  ("tomorrow at 3 pm", "2026-11-19T15:00"),
  ("3:30pm friday", "2026-11-20T15:30"),
  ("next tuesday 15:30", "2026-11-24T15:30"),
  ("2026-12-01 09:05", "2026-12-01T09:05"),
  ("12am tomorrow", "2026-11-19T00:00"),
  ("noon", "2026-11-18T12:00"),
  ("4pm", "2026-11-18T16:00"),
])
func readsDates(input: String, expected: String) {
  #expect(DateParser(context: Fixtures.context).parse(input) == .success(expected))
}

@Test(arguments: [
  "soon", "2026-02-30", "2026-13-01", "in some days", "tomorrow 25:00", "13pm", "next",
  "friday 3", "26-12-01", "2:1", "3:5pm", "feb 30", "the 32nd", "in 4000 days", "by", "",
  "3pm friday 4pm", "14 december 26", "dec 14 3", "12.13.14",
])
func refusesWhatItCannotRead(input: String) {
  guard case .failure(let rejection) = DateParser(context: Fixtures.context).parse(input) else {
    Issue.record("accepted '\(input)'")
    return
  }
  #expect(rejection.reason.hasPrefix("expected a date like"))
}

@Test func weekdaysFollowTheTimeZone() throws {
  // 23:30 UTC on Wednesday is already Thursday in Tokyo.
  var calendar = Fixtures.context.calendar
  calendar.timeZone = try #require(TimeZone(identifier: "Asia/Tokyo"))
  let late = Fixtures.context.now.addingTimeInterval(13.5 * 3600)
  let parser = DateParser(context: AnswerContext(now: late, calendar: calendar))
  #expect(parser.parse("today") == .success("2026-11-19"))
  #expect(parser.parse("thursday") == .success("2026-11-26"))
}
