import Foundation
import Testing

@testable import PromptKit

// Dates inside free text, counted from Tuesday 2026-12-01 10:00 UTC.

private let finder = DateParser(context: Fixtures.tuesday)

@Test(arguments: [
  ("she signs by the 14th", "the 14th", "2026-12-14"),
  ("we meet her COO Thursday 10am", "Thursday 10am", "2026-12-03T10:00"),
  ("I send the agreement today", "today", "2026-12-01"),
  ("contract signed by legal before Dec 20", "Dec 20", "2026-12-20"),
  ("call w/ ops next tue 3pm", "next tue 3pm", "2026-12-08T15:00"),
  ("pilot in 2 weeks", "in 2 weeks", "2026-12-15"),
  ("Invoice goes out eod.", "eod", "2026-12-01T17:00"),
  ("follow up on 14/12 with Sam", "14/12", "2026-12-14"),
  ("kick-off on sat at 9am", "sat at 9am", "2026-12-05T09:00"),
  ("she'll decide by end of the week", "end of the week", "2026-12-04"),
  ("Let's talk at 3pm.", "3pm", "2026-12-01T15:00"),
  ("signed 14.12.2026 in Berlin", "14.12.2026", "2026-12-14"),
  ("Demo moved to Friday, Dec 11 (her call)", "Friday, Dec 11", "2026-12-11"),
  ("the 3rd works for us", "the 3rd", "2026-12-03"),
  ("the 14th of December at noon, she said", "the 14th of December at noon", "2026-12-14T12:00"),
  ("numbers by 15:30 tomorrow", "15:30 tomorrow", "2026-12-02T15:30"),
  ("they pay in ten days", "in ten days", "2026-12-11"),
  ("Sam (CFO) said \"next Friday\"", "next Friday", "2026-12-11"),
  ("decision by the 21st, then legal", "the 21st", "2026-12-21"),
  ("We spoke yesterday; the next step is theirs", "yesterday", "2026-11-30"),
  ("renewal Jan. 4 2027 at the latest", "Jan. 4 2027", "2027-01-04"),
  ("back on Monday", "Monday", "2026-12-07"),
  ("follow up end of month", "end of month", "2026-12-31"),
  ("a pilot on 2026-12-14 with 3 people", "2026-12-14", "2026-12-14"),
  ("sign on 14 may", "14 may", "2027-05-14"),
  // A weekday that does not match: the written date wins.
  ("call Fri 14 Dec", "14 Dec", "2026-12-14"),
  ("see you friday the 11th", "friday the 11th", "2026-12-11"),
  ("by the 14th of next month", "the 14th of next month", "2027-01-14"),
  ("we met last Tuesday at 2pm", "last Tuesday at 2pm", "2026-11-24T14:00"),
])
func findsTheDatePhraseInASentence(sentence: String, phrase: String, iso: String) throws {
  let match = try #require(finder.find(in: sentence), "nothing found in '\(sentence)'")
  #expect(match.text == phrase)
  #expect(String(sentence[match.range]) == phrase)
  #expect(match.reading.iso == iso)
}

@Test(arguments: [
  "we cut 40 invoices a month", "version 2.1", "version 2.1.", "3 people", "24/7 support",
  "the 3rd call went well", "our 14th customer", "we sat down with them", "they may 2x the budget",
  "those 14 may leave", "ratio 2:1", "grew 3x in 2025", "raised $2.5m at 10x",
  "5/5 would buy again",
  "call 555-1234", "server 10.0.0.1", "top 10 accounts", "3/4 of the team agreed",
  "next steps are unclear", "in 3 sprints", "scored 12.5 out of 20", "the 1st round closed",
  "lunch in the sun", "we meet in 2 hours", "chapter 11", "$5k/month", "at 40% margin",
  "the budget was 15:30 split", "march on", "14.12 build", "", "   ",
])
func findsNothingInNumbersThatAreNotDates(sentence: String) {
  #expect(finder.find(in: sentence) == nil, "found \(finder.find(in: sentence)?.text ?? "")")
}

@Test func findsEveryDateInOrder() {
  let text = "Moved from Monday to next Friday. Then the 14th; final call Dec 20 at 4pm"
  #expect(
    finder.findAll(in: text).map(\.text) == [
      "Monday", "next Friday", "the 14th", "Dec 20 at 4pm",
    ])
  #expect(finder.findAll(in: "no dates here").isEmpty)
}

@Test func aPhraseStopsAtAFullStop() throws {
  // "Friday. 3pm" is two sentences: the first date is Friday, with no time.
  let match = try #require(finder.find(in: "See you Friday. 3pm works for Sam"))
  #expect(match.text == "Friday")
  #expect(match.reading.time == nil)
}
