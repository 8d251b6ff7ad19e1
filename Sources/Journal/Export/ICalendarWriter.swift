import Foundation
import Vocabulary

/// iCalendar (RFC 5545) text: escaped values, CRLF line endings, lines folded at 75 octets
/// without splitting a UTF-8 character.
public struct ICalendarWriter: Sendable {
  private var lines: [String] = []

  /// Starts a calendar.
  public init(productID: String = "-//advance//journal//EN") {
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN"]
    lines.append("METHOD:PUBLISH")
  }

  /// Escapes a TEXT value: backslash, semicolon, comma and newlines; other control characters
  /// are shown (`VisibleText`).
  public static func escape(_ raw: String) -> String {
    let text = VisibleText.of(raw, layout: .block)
    var result = ""
    result.reserveCapacity(text.utf8.count)
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      defer { previousWasCR = scalar == "\r" }
      switch scalar {
      case "\\": result += "\\\\"
      case ";": result += "\\;"
      case ",": result += "\\,"
      case "\r": result += "\\n"
      case "\n": if !previousWasCR { result += "\\n" }
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Folds a content line: no physical line longer than 75 octets, continuation lines start
  /// with a space, and a UTF-8 sequence is never cut.
  public static func fold(_ line: String) -> String {
    var result = ""
    var width = 0
    // Scalars, not characters: a long grapheme cluster may be split (unfolding rejoins it), a
    // UTF-8 sequence never is.
    for scalar in line.unicodeScalars {
      let size = UTF8.width(scalar)
      if width + size > 75 {
        result += "\r\n "
        width = 1
      }
      result.unicodeScalars.append(scalar)
      width += size
    }
    return result
  }

  /// Appends one property line, `NAME;PARAMS:value` (the value already escaped if TEXT).
  public mutating func property(_ name: String, _ value: String) {
    lines.append(name + ":" + value)
  }

  /// Appends an all-day or timed event.
  ///
  /// - Parameters:
  ///   - uid: a globally unique, stable id, so re-importing updates the event.
  ///   - stamp: when the calendar was written (`DTSTAMP`).
  ///   - due: the day, or the floating local time, of the event.
  ///   - summary: the title (escaped here).
  ///   - description: the body (escaped here).
  ///   - cancelled: marks the event `STATUS:CANCELLED`.
  ///   - sequence: the revision number, increasing when the event changes.
  ///   - reminder: the text of a display alarm (``Reminder``), or `nil` for none.
  public mutating func event(
    uid: String, stamp: Date, due: DueDate, summary: String, description: String,
    cancelled: Bool = false, sequence: Int = 0, reminder: String? = nil
  ) {
    lines.append("BEGIN:VEVENT")
    property("UID", VisibleText.of(uid))
    property("DTSTAMP", ISOTimestamp.compact(stamp))
    if let hour = due.hour, let minute = due.minute {
      // A floating time: "at 3 pm" means 3 pm wherever the founder's calendar is.
      let start = due.day.compact + "T" + JournalDay.pad(hour, 2) + JournalDay.pad(minute, 2)
      property("DTSTART", start + "00")
      property("DURATION", "PT30M")
    } else {
      property("DTSTART;VALUE=DATE", due.day.compact)
      property("DTEND;VALUE=DATE", due.day.adding(days: 1).compact)
    }
    property("SUMMARY", Self.escape(summary))
    property("DESCRIPTION", Self.escape(description))
    property("SEQUENCE", String(sequence))
    property("STATUS", cancelled ? "CANCELLED" : "CONFIRMED")
    property("TRANSP", "TRANSPARENT")
    if let reminder {
      lines.append("BEGIN:VALARM")
      property("ACTION", "DISPLAY")
      property("TRIGGER", Reminder.trigger(for: due))
      property("DESCRIPTION", Self.escape(reminder))
      lines.append("END:VALARM")
    }
    lines.append("END:VEVENT")
  }

  /// The calendar, closed, with CRLF line endings.
  public var output: String {
    (lines + ["END:VCALENDAR"]).map { Self.fold($0) + "\r\n" }.joined()
  }
}
