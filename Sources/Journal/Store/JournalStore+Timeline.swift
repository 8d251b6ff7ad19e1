import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// One lead's history, oldest first: the lead, its meetings with their answers, promised steps
  /// and every change of their status.
  ///
  /// - Parameters:
  ///   - leadId: the lead's id (resolve a name with `findLead(_:)`).
  ///   - timeZone: the zone in which timestamps become days.
  /// - Returns: the entries; empty when there is no such lead.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func timeline(
    lead leadId: String, timeZone: TimeZone = .current
  ) throws(JournalError) -> [TimelineEntry] {
    try read { db in
      guard let lead = try Lead.fetchOne(db, key: leadId) else { return [] }
      var entries = [
        TimelineEntry(
          day: JournalDay(lead.createdAt, timeZone: timeZone), at: lead.createdAt,
          event: .leadAdded(lead))
      ]
      let meetings = try Meeting.filter(Column("leadId") == leadId).fetchAll(db)
      let answers = try Answer.fetchAll(
        db,
        sql: """
          SELECT answer.* FROM answer JOIN meeting ON meeting.id = answer.meetingId
          WHERE meeting.leadId = ? ORDER BY answer.answeredAt, answer.questionId
          """, arguments: [leadId])
      let answersByMeeting = Dictionary(grouping: answers, by: \.meetingId)
      for meeting in meetings {
        entries.append(
          TimelineEntry(
            day: meeting.day, at: meeting.createdAt,
            event: .meeting(meeting, answers: answersByMeeting[meeting.id] ?? [])))
      }
      let commitments = try Commitment.filter(Column("leadId") == leadId).fetchAll(db)
      let byId = Dictionary(uniqueKeysWithValues: commitments.map { ($0.id, $0) })
      for commitment in commitments {
        entries.append(
          TimelineEntry(
            day: JournalDay(commitment.createdAt, timeZone: timeZone), at: commitment.createdAt,
            event: .promised(commitment)))
      }
      let changes = try CommitmentChange.fetchAll(
        db,
        sql: """
          SELECT commitmentChange.* FROM commitmentChange
          JOIN commitment ON commitment.id = commitmentChange.commitmentId
          WHERE commitment.leadId = ?
          """, arguments: [leadId])
      for change in changes {
        guard let commitment = byId[change.commitmentId] else { continue }
        entries.append(
          TimelineEntry(
            day: JournalDay(change.at, timeZone: timeZone), at: change.at,
            event: .statusChanged(commitment, to: change.status)))
      }
      return entries.enumerated().sorted { left, right in
        if left.element.day != right.element.day { return left.element.day < right.element.day }
        if left.element.at != right.element.at { return left.element.at < right.element.at }
        return left.offset < right.offset
      }.map(\.element)
    }
  }
}
