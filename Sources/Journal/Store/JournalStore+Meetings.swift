import Foundation
import GRDB

extension JournalStore {
  /// Saves a new meeting (usually a `draft` the wizard then fills).
  ///
  /// - Returns: the meeting as stored.
  @discardableResult
  public func addMeeting(_ meeting: Meeting) throws(JournalError) -> Meeting {
    try addMeeting(meeting, addingLead: nil)
  }

  /// Adds a meeting, and in the same transaction the new lead it is with, so a process killed
  /// in between leaves both or neither.
  ///
  /// - Returns: the meeting as stored.
  @discardableResult
  public func addMeeting(_ meeting: Meeting, addingLead lead: Lead?) throws(JournalError)
    -> Meeting
  {
    try write { db in
      try lead?.insert(db)
      try meeting.insert(db)
    }
    return meeting
  }

  /// Saves changes to a meeting, stamping `updatedAt`.
  ///
  /// - Returns: the meeting as stored.
  @discardableResult
  public func updateMeeting(_ meeting: Meeting) throws(JournalError) -> Meeting {
    var changed = meeting
    changed.updatedAt = Date.journalNow()
    try write { [changed] db in try changed.update(db) }
    return changed
  }

  /// The meeting with this id.
  public func meeting(id: String) throws(JournalError) -> Meeting? {
    try read { db in try Meeting.fetchOne(db, key: id) }
  }

  /// A lead's meetings, oldest first.
  public func meetings(lead leadId: String) throws(JournalError) -> [Meeting] {
    try read { db in
      try Meeting.filter(Column("leadId") == leadId)
        .order(Column("day"), Column("createdAt"), Column("id")).fetchAll(db)
    }
  }

  /// A lead's latest finished meeting of `kind`.
  ///
  /// The prep a debrief follows, the meeting `--edit` reopens; drafts never count.
  public func lastFinishedMeeting(
    lead leadId: String, kind: Meeting.Kind
  ) throws(JournalError) -> Meeting? {
    try read { db in
      try Meeting.filter(
        Column("leadId") == leadId && Column("kind") == kind
          && Column("status") == Meeting.Status.done
      )
      .order(Column("day").desc, Column("createdAt").desc, Column("id").desc).fetchOne(db)
    }
  }

  /// Saves one answer at once, replacing an earlier answer to the same question.
  ///
  /// Each call is its own committed transaction, so a crash loses at most the line being typed.
  ///
  /// - Parameters:
  ///   - meetingId: the meeting the wizard is filling.
  ///   - questionId: the question's id in the script.
  ///   - value: the text exactly as typed.
  ///   - at: when it was answered; now by default.
  /// - Throws: `JournalError`; a `locked` or `writeFailed` error means this answer was not
  ///   saved, while every earlier one was.
  public func recordAnswer(
    meeting meetingId: String, question questionId: String, value: String, at: Date? = nil
  ) throws(JournalError) {
    let answer = Answer(meetingId: meetingId, questionId: questionId, value: value, answeredAt: at)
    try write { db in try answer.upsert(db) }
  }

  /// The answers saved for a meeting, in the order they were first given.
  public func answers(meeting meetingId: String) throws(JournalError) -> [Answer] {
    try read { db in
      try Answer.filter(Column("meetingId") == meetingId)
        .order(Column("answeredAt"), Column("questionId")).fetchAll(db)
    }
  }
}
