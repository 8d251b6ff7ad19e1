import Foundation
import Vocabulary

/// One event in a lead's history.
public struct TimelineEntry: Hashable, Sendable {
  /// What happened.
  public enum Event: Hashable, Sendable {
    /// The lead was added to the journal.
    case leadAdded(Lead)
    /// A prep or debrief, with the answers saved for it.
    case meeting(Meeting, answers: [Answer])
    /// A step was promised.
    case promised(Commitment)
    /// A promised step changed status (done, broken, cancelled, or promised again).
    case statusChanged(Commitment, to: Commitment.Status)
  }

  /// The day it happened.
  public var day: JournalDay
  /// The moment it was recorded, which orders events of one day.
  public var at: Date
  /// What happened.
  public var event: Event
}
