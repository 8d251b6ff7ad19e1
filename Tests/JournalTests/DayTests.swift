import Foundation
import Testing
import Vocabulary

@testable import Journal

@Suite struct DayTests {
  @Test(arguments: ["2026-11-23", "2024-02-29", "0001-01-01", "9999-12-31"])
  func parsesAndPrintsValidDays(text: String) throws {
    let day = try #require(JournalDay(text))
    #expect(day.description == text)
    #expect(JournalDay(ordinal: day.ordinal) == day)
  }

  @Test(arguments: [
    "2026-02-29", "2026-13-01", "2026-1-01", "2026-11-23 ", "26-11-23", "abcd-ef-gh",
  ])
  func rejectsInvalidDays(text: String) {
    #expect(JournalDay(text) == nil)
  }

  @Test func countsDaysAcrossMonthsAndLeapYears() {
    #expect(Days.day("2024-02-28").days(to: Days.day("2024-03-01")) == 2)
    #expect(Days.day("2026-12-31").adding(days: 1) == Days.day("2027-01-01"))
    #expect(Days.day("1970-01-01").ordinal == 0)
    #expect(Days.day("1969-12-31").ordinal == -1)
  }

  @Test func dueDatesParseBothForms() throws {
    let day = try #require(DueDate("2026-11-30"))
    #expect(day.hour == nil)
    let timed = try #require(DueDate("2026-11-30T15:05"))
    #expect(timed.hour == 15 && timed.minute == 5)
    #expect(timed.description == "2026-11-30T15:05")
    #expect(day < timed)
    #expect(DueDate("2026-11-30T24:00") == nil)
    #expect(DueDate("2026-11-30 15:05") == nil)
  }

  @Test func timestampsRoundTripAtMillisecondPrecision() throws {
    let date = Date(timeIntervalSince1970: 1_795_000_000.123)
    let text = ISOTimestamp.string(date)
    #expect(text == "2026-11-18T11:06:40.123Z")
    let parsed = try #require(ISOTimestamp.date(text))
    #expect(ISOTimestamp.string(parsed) == text)
    #expect(ISOTimestamp.date("2026-11-18T12:06:40.123+01:00") == parsed)
    #expect(ISOTimestamp.date("2026-11-18T11:06:40Z") != nil)
    #expect(ISOTimestamp.date("2026-11-18T11:06:40.123") == nil)
    #expect(ISOTimestamp.compact(date) == "20261118T110640Z")
  }
}

@Suite struct StoredValueTests {
  @Test(arguments: [
    [], [""], ["a"], ["a,b", "c"], ["x\"y", "back\\slash"], ["é🚀", "line\nbreak", "\u{1}"],
    ["\",\""],
  ])
  func stringArraysRoundTrip(strings: [String]) throws {
    let text = StoredValue.encode(strings)
    #expect(StoredValue.decodeStrings(text) == strings)
    let viaFoundation = try JSONDecoder().decode([String].self, from: Data(text.utf8))
    #expect(viaFoundation == strings, "the stored text is valid JSON")
  }

  @Test(arguments: ["", "[", "[\"a\"", "[\"a\",]", "[1]", "{}", "[\"a\"] x", "[\"a\"\"b\"]"])
  func malformedArraysAreRejected(text: String) {
    #expect(StoredValue.decodeStrings(text) == nil)
  }

  @Test func foundationJSONWithSpacesIsRead() {
    #expect(StoredValue.decodeStrings("[ \"a\" , \"b\\u00e9\\ud83d\\ude80\" ]") == ["a", "bé🚀"])
  }
}

@Suite struct DayLabelTests {
  @Test(arguments: [
    ("2026-12-01", "Tue 1 Dec"), ("2026-12-03", "Thu 3 Dec"), ("2027-01-03", "Sun 3 Jan 2027"),
    ("1970-01-01", "Thu 1 Jan 1970"), ("1969-12-29", "Mon 29 Dec 1969"),
  ])
  func aDayIsSaidWithItsWeekday(iso: String, label: String) throws {
    let day = try #require(JournalDay(iso))
    #expect(day.label(thisYear: 2026) == label)
  }

  @Test func aDueTimeIsSaidWithItsClock() throws {
    #expect(try #require(DueDate("2026-12-03T10:05")).label(thisYear: 2026) == "Thu 3 Dec 10:05")
  }
}
