import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// Saves a new promised step.
  ///
  /// - Returns: the commitment as stored.
  @discardableResult
  public func addCommitment(_ commitment: Commitment) throws(JournalError) -> Commitment {
    try write { db in try commitment.insert(db) }
    return commitment
  }

  /// The commitment with this exact id.
  public func commitment(id: String) throws(JournalError) -> Commitment? {
    try read { db in try Commitment.fetchOne(db, key: id) }
  }

  /// Finds a commitment by the start of its id, as the founder types it.
  ///
  /// - Returns: the commitment, `.none`, or the candidates when the prefix is ambiguous.
  public func findCommitment(idPrefix: String) throws(JournalError) -> Match<Commitment> {
    let prefix = idPrefix.trimmingCharacters(in: .whitespaces).lowercased()
    guard !prefix.isEmpty else { return .none }
    let candidates = try read { db in
      try Commitment.filter(sql: "substr(id, 1, ?) = ?", arguments: [prefix.utf8.count, prefix])
        .order(Column("id")).limit(20).fetchAll(db)
    }
    return Self.single(candidates) ?? .none
  }

  /// A lead's commitments, oldest first.
  public func commitments(lead leadId: String) throws(JournalError) -> [Commitment] {
    try read { db in
      try Commitment.filter(Column("leadId") == leadId)
        .order(Column("createdAt"), Column("id")).fetchAll(db)
    }
  }

  /// Marks a commitment done, broken, cancelled (or promised again) and records the change.
  ///
  /// - Parameters:
  ///   - status: the new status.
  ///   - id: the commitment's full id (resolve a prefix with `findCommitment(idPrefix:)`).
  ///   - at: when it changed; now by default.
  /// - Returns: the updated commitment, or `nil` when there is none with this id.
  /// - Throws: `JournalError` when the change cannot be saved.
  @discardableResult
  public func setStatus(
    _ status: Commitment.Status, commitment id: String, at: Date? = nil
  ) throws(JournalError) -> Commitment? {
    let when = at?.truncatedToMilliseconds ?? Date.journalNow()
    return try write { db in
      guard var found = try Commitment.fetchOne(db, key: id) else { return nil }
      guard found.status != status else { return found }
      found.status = status
      found.updatedAt = when
      try found.update(db)
      try CommitmentChange(commitmentId: id, status: status, at: when).insert(db)
      return found
    }
  }

  /// The status changes of a commitment, oldest first.
  public func changes(commitment id: String) throws(JournalError) -> [CommitmentChange] {
    try read { db in
      try CommitmentChange.filter(Column("commitmentId") == id)
        .order(Column("at"), Column("id")).fetchAll(db)
    }
  }

  /// The promised steps still open: overdue first, then by due date, undated last.
  ///
  /// - Parameter today: the founder's today; a step due before it is overdue.
  /// - Returns: the open steps with their leads.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func followups(today: JournalDay) throws(JournalError) -> [Followup] {
    try read { db in
      // Two queries, each in index order: dated steps by due date, then undated ones.
      var followups: [Followup] = []
      for condition in ["due IS NOT NULL", "due IS NULL"] {
        try db.forEachRow(
          sql: """
            SELECT \(Followup.columns)
            FROM commitment INDEXED BY commitment_on_status_due
            JOIN lead ON lead.id = commitment.leadId
            WHERE commitment.status = 'promised' AND commitment.\(condition)
            ORDER BY commitment.due, commitment.createdAt, commitment.id
            """
        ) { row in
          followups.append(try Followup(row: row, today: today))
        }
      }
      return followups
    }
  }
}
