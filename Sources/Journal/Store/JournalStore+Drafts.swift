import Foundation
import GRDB

extension JournalStore {
  /// Saves (or replaces) a wizard's state; called after every answer.
  public func saveDraft(wizard: String, lead: String, state: String) throws(JournalError) {
    let draft = Draft(wizard: wizard, lead: lead, state: state)
    try write { db in try draft.upsert(db) }
  }

  /// The saved state of a wizard for a lead, to offer resuming it.
  public func draft(wizard: String, lead: String) throws(JournalError) -> Draft? {
    try read { db in try Draft.fetchOne(db, key: ["wizard": wizard, "lead": lead]) }
  }

  /// Every saved draft, most recent first.
  public func drafts() throws(JournalError) -> [Draft] {
    try read { db in try Draft.order(Column("updatedAt").desc).fetchAll(db) }
  }

  /// Deletes a finished wizard's draft.
  public func deleteDraft(wizard: String, lead: String) throws(JournalError) {
    _ = try write { db in try Draft.deleteOne(db, key: ["wizard": wizard, "lead": lead]) }
  }
}
