import Journal
import Testing

/// What a test finds in a journal a wizard wrote: checked whole, then one lead's first meeting.
struct JournalSnapshotOfLead {
  /// The meeting's answers by question id.
  let answers: [String: String]
  /// Whether a wizard draft for the lead is kept.
  let hasDraft: Bool

  /// Opens the journal at `path`, expects `PRAGMA integrity_check` to say ok, and reads `lead`.
  init(journal path: String, lead: String, wizard: String = "prep") throws {
    let journal = JournalStore(path: path)
    defer { journal.close() }
    try journal.open()
    #expect(try journal.integrityCheck() == ["ok"])
    let found = try #require(try journal.findLead(lead).value, "\(lead) is in the journal")
    let meeting = try #require(try journal.meetings(lead: found.id).first, "\(lead) has a meeting")
    answers = Dictionary(
      uniqueKeysWithValues: try journal.answers(meeting: meeting.id).map {
        ($0.questionId, $0.value)
      })
    hasDraft = try journal.draft(wizard: wizard, lead: found.id) != nil
  }
}
