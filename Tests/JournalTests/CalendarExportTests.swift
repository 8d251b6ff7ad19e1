import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// `export --format ics`: an event per dated step, a reminder for each open one, cancelled
/// steps kept and marked, titles that say whose step it is.
@Suite struct CalendarExportTests {
  static let stamp = ISOTimestamp.date("2026-11-24T18:00:00Z") ?? Date()

  @Test func everyOpenDatedStepHasAReminderAndNoOtherDoes() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let calendar = try ICalendarReader(try week.journal.export(.iCalendar, now: Self.stamp))
    let dated = week.steps.filter { $0.due != nil }
    #expect(calendar.events.map { $0.value("UID") } == dated.map { $0.id + "@advance" })
    #expect(
      calendar.events.map { $0.value("SUMMARY") } == [
        "Done: Dana Reyes: us — I send the order form",
        "Dana Reyes: them — she signs the order form",
        "Dana Reyes: them (her COO) — we meet her COO",
        "Cancelled: Dana Reyes: them — a trial on their data",
      ])
    #expect(calendar.alarms.map(\.count) == [0, 1, 1, 0], "one per open dated step")
    for (event, alarms) in zip(calendar.events, calendar.alarms) {
      for alarm in alarms {
        #expect(alarm.value("ACTION") == "DISPLAY")
        #expect(alarm.value("DESCRIPTION") == "Due: " + (event.value("SUMMARY") ?? ""))
      }
    }
    // At 09:00 the day before a step due on a day; an hour before one due at a time.
    #expect(calendar.alarms[1].first?.value("TRIGGER") == "-PT15H")
    #expect(calendar.events[2].value("DTSTART") == "20261203T100000")
    #expect(calendar.alarms[2].first?.value("TRIGGER") == "-PT1H")
    #expect(
      calendar.events.map { $0.value("STATUS") } == [
        "CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED",
      ])
    #expect(calendar.events.map { $0.value("SEQUENCE") } == ["1", "0", "0", "1"])
  }

  @Test func aStepCancelledLaterKeepsItsEventAndUIDAndLosesItsReminder() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let before = try ICalendarReader(try week.journal.export(.iCalendar, now: Self.stamp))
    #expect(
      try week.journal.export(.iCalendar, now: Self.stamp)
        == week.journal.export(
          .iCalendar, now: Self.stamp), "stable output")
    let signature = week.steps[1]
    _ = try week.journal.setStatus(.cancelled, commitment: signature.id)
    let after = try ICalendarReader(try week.journal.export(.iCalendar, now: Self.stamp))
    #expect(after.events.map { $0.value("UID") } == before.events.map { $0.value("UID") })
    let event = after.events[1]
    #expect(event.value("UID") == signature.id + "@advance")
    #expect(event.value("STATUS") == "CANCELLED")
    #expect(event.value("SEQUENCE") == "1", "a status change is a new revision")
    #expect(event.value("SUMMARY") == "Cancelled: Dana Reyes: them — she signs the order form")
    #expect(after.alarms.map(\.count) == [0, 0, 1, 0])
  }

  @Test func anUndatedStepHasNoEvent() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let calendar = try ICalendarReader(try week.journal.export(.iCalendar, lead: week.jordan.id))
    #expect(calendar.events.isEmpty && calendar.alarms.isEmpty)
  }

  @Test func theReaderRefusesAnAlarmOutsideAnEventOrAComponentLeftOpen() {
    let framing = "BEGIN:VCALENDAR\r\n"
    #expect(throws: ICalendarReader.Problem.self) {
      try ICalendarReader(framing + "BEGIN:VALARM\r\nEND:VALARM\r\nEND:VCALENDAR\r\n")
    }
    #expect(throws: ICalendarReader.Problem.self) {
      try ICalendarReader(
        framing + "BEGIN:VEVENT\r\nBEGIN:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    }
  }

  @Test(arguments: [("2026-12-14", "-PT15H"), ("2026-12-14T00:30", "-PT1H")])
  func theTriggerFollowsTheKindOfDueDate(due: String, trigger: String) throws {
    #expect(Reminder.trigger(for: try #require(DueDate(due))) == trigger)
  }
}
