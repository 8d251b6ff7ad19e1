import Foundation
import Vocabulary

/// The one rule of when a lead was last active, for the pipeline's order and `today`'s quiet
/// leads alike: its last finished meeting or the last promise its side kept (a kept promise's
/// day in the founder's time zone), else the day it was added.
enum LeadActivity {
  /// The last day the lead advanced: a meeting that advanced, or a promise kept.
  static func lastAdvancement(
    lastAdvancedDay: JournalDay?, lastKeptAt: Date?, timeZone: TimeZone
  ) -> JournalDay? {
    later(lastAdvancedDay, lastKeptAt.map { JournalDay($0, timeZone: timeZone) })
  }

  /// The last day anything happened with the lead.
  static func lastDay(
    lastMeetingDay: JournalDay?, lastAdvancement: JournalDay?, createdAt: Date,
    timeZone: TimeZone
  ) -> JournalDay {
    later(lastMeetingDay, lastAdvancement) ?? JournalDay(createdAt, timeZone: timeZone)
  }

  static func later(_ left: JournalDay?, _ right: JournalDay?) -> JournalDay? {
    guard let left else { return right }
    guard let right else { return left }
    return max(left, right)
  }
}
