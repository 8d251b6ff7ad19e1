import Foundation

/// What one imported record may hold: no more than the wizards take, so a file cannot bring in
/// what typing could not (a 5-million-character name made `leads` print a gigabyte).
///
/// Each problem names the record's JSON path and its place in the file; values are never quoted.
enum ImportLimits {
  /// A person's or lead's name: the wizards' `max_length` for the lead (prep and debrief).
  static let name = 120
  /// A company, role or tag: shown in the same table cell as a name.
  static let label = 120
  /// Tags on one lead.
  static let tags = 50
  /// A promised step: one line of a table or a calendar title.
  static let step = 2_000
  /// An answer, a reply, notes, a planned ask, a scorecard, in UTF-8 bytes: past the largest
  /// notes a founder pastes (a 1 MiB note round-trips), far below what would stall `show`.
  static let textBytes = 4 << 20
  /// A wizard's saved draft, which holds its answers, in UTF-8 bytes.
  static let draftBytes = 16 << 20
  /// An id: what `advance` makes (lowercase UUIDs) and what scripts and decks name (`next_step`,
  /// `deck/card-3`).
  static let idLength = 128

  typealias Path = [JSONLocator.Component]

  /// Checks every string of `snapshot`: ids look like ids, text is within its cap, and none
  /// holds a NUL, which would silently cut the text where it stands.
  ///
  /// - Throws: `ImportError` at the first field that breaks a limit.
  static func check(_ snapshot: JournalSnapshot, data: Data) throws(ImportError) {
    var checker = Checker(data: data)
    for (index, lead) in snapshot.leads.enumerated() {
      checker.base = [.key("leads"), .index(index)]
      try checker.id(lead.id, "id")
      try checker.characters(lead.name, "name", at: name)
      try checker.characters(lead.company, "company", at: label)
      try checker.characters(lead.role, "role", at: label)
      if lead.tags.count > tags {
        throw checker.fail("tags", "too many tags: at most \(tags)")
      }
      for (tag, text) in lead.tags.enumerated() {
        try checker.characters(text, .key("tags"), .index(tag), at: label)
      }
    }
    for (index, meeting) in snapshot.meetings.enumerated() {
      checker.base = [.key("meetings"), .index(index)]
      try checker.id(meeting.id, "id")
      try checker.id(meeting.leadId, "leadId")
      if let prep = meeting.prepId { try checker.id(prep, "prepId") }
      try checker.bytes(meeting.plannedAsk, "plannedAsk", at: textBytes)
      try checker.bytes(meeting.reply, "reply", at: textBytes)
      if let card = meeting.scorecard { try checker.bytes(card, "scorecard", at: textBytes) }
    }
    for (index, answer) in snapshot.answers.enumerated() {
      checker.base = [.key("answers"), .index(index)]
      try checker.id(answer.meetingId, "meetingId")
      try checker.id(answer.questionId, "questionId")
      try checker.bytes(answer.value, "value", at: textBytes)
    }
    for (index, step) in snapshot.commitments.enumerated() {
      checker.base = [.key("commitments"), .index(index)]
      try checker.id(step.id, "id")
      try checker.id(step.leadId, "leadId")
      if let meeting = step.meetingId { try checker.id(meeting, "meetingId") }
      try checker.characters(step.what, "what", at: self.step)
      if let person = step.person { try checker.characters(person, "person", at: name) }
    }
    for (index, change) in snapshot.commitmentChanges.enumerated() {
      checker.base = [.key("commitmentChanges"), .index(index)]
      try checker.id(change.id, "id")
      try checker.id(change.commitmentId, "commitmentId")
    }
    for (index, draft) in snapshot.drafts.enumerated() {
      checker.base = [.key("drafts"), .index(index)]
      try checker.id(draft.wizard, "wizard")
      try checker.id(draft.lead, "lead")
      try checker.bytes(draft.state, "state", at: draftBytes)
    }
    for (index, attempt) in snapshot.practiceAttempts.enumerated() {
      checker.base = [.key("practiceAttempts"), .index(index)]
      try checker.id(attempt.id, "id")
      try checker.characters(attempt.persona, "persona", at: label)
    }
    for (index, sitting) in snapshot.drillSittings.enumerated() {
      checker.base = [.key("drillSittings"), .index(index)]
      try checker.id(sitting.id, "id")
    }
    for (index, card) in snapshot.drillCards.enumerated() {
      checker.base = [.key("drillCards"), .index(index)]
      try checker.id(card.cardId, "cardId")
    }
  }

  /// Checks the fields of one record at a time, `base` being the record's path.
  private struct Checker {
    let data: Data
    var base: Path = []

    func fail(_ key: String, _ message: String) -> ImportError {
      ImportError(at: base + [.key(key)], in: data, message: message)
    }

    func id(_ value: String, _ key: String) throws(ImportError) {
      let utf8 = value.utf8
      let isID =
        !utf8.isEmpty && utf8.count <= idLength
        && utf8.allSatisfy { byte in
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
          default:
            return "-_.:/@".utf8.contains(byte)
          }
        }
      if !isID {
        throw fail(
          key,
          "expected an id: 1 to \(idLength) letters, digits or - _ . : / @, without spaces")
      }
    }

    func characters(_ value: String, _ key: String, at limit: Int) throws(ImportError) {
      try characters(value, .key(key), at: limit)
    }

    func characters(
      _ value: String, _ components: JSONLocator.Component..., at limit: Int
    ) throws(ImportError) {
      try noNUL(value, components)
      // Characters are never more than bytes: most values are settled without counting them.
      if value.utf8.count > limit && value.count > limit {
        throw ImportError(
          at: base + components, in: data, message: "too long: at most \(limit) characters")
      }
    }

    func bytes(_ value: String, _ key: String, at limit: Int) throws(ImportError) {
      try noNUL(value, [.key(key)])
      if value.utf8.count > limit {
        throw fail(
          key, "too long: at most \(limit >> 20) MiB (\(value.utf8.count >> 10) KiB here)")
      }
    }

    func noNUL(_ value: String, _ components: Path) throws(ImportError) {
      if value.utf8.contains(0) {
        throw ImportError(
          at: base + components, in: data,
          message: "contains a NUL character (\\u0000), which would cut the text short")
      }
    }
  }
}
