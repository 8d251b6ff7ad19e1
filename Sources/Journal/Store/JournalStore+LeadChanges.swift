import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// A lead with the number of its meetings and steps, or `nil` when no lead has the id.
  public func leadSummary(id: String) throws(JournalError) -> LeadSummary? {
    try read { db in try Self.summary(of: id, db) }
  }

  /// Changes a lead's company, role or stage, stamping `updatedAt`; a `nil` leaves the field as
  /// it is, and a change to nothing new writes nothing.
  ///
  /// - Returns: the lead as stored.
  /// - Throws: `JournalError.refused` (`noSuchLead`) when no lead has the id; any other
  ///   `JournalError` when the journal cannot be written.
  @discardableResult
  public func changeLead(
    _ id: String, company: String? = nil, role: String? = nil, stage: LeadStage? = nil
  ) throws(JournalError) -> Lead {
    try write { db in
      let stored = try existingLead(id, db)
      var lead = stored
      if let company { lead.company = company }
      if let role { lead.role = role }
      if let stage { lead.stage = stage }
      guard lead != stored else { return stored }
      lead.updatedAt = Date.journalNow()
      try lead.update(db)
      return lead
    }
  }

  /// Gives a lead another name (spaces around it trimmed).
  ///
  /// - Returns: the lead as stored.
  /// - Throws: `JournalError.refused`: `nameTaken` when another lead has the name, ignoring
  ///   case; `emptyName`; `noSuchLead`. Any other `JournalError` when the journal cannot be
  ///   written.
  @discardableResult
  public func renameLead(_ id: String, to name: String) throws(JournalError) -> Lead {
    let name = name.trimmingCharacters(in: .whitespaces)
    guard !name.isEmpty else { throw refusal(.emptyName) }
    return try write { db in
      var lead = try existingLead(id, db)
      let wanted = name.lowercased()
      let others = try Row.fetchAll(
        db, sql: "SELECT id, name FROM lead WHERE id <> ?", arguments: [id])
      if let clash = others.first(where: { ($0[1] as String).lowercased() == wanted }) {
        throw refusal(.nameTaken(byLead: clash[0]))
      }
      guard lead.name != name else { return lead }
      lead.name = name
      lead.updatedAt = Date.journalNow()
      try lead.update(db)
      return lead
    }
  }

  /// Merges lead `source` into lead `target` in one transaction, then deletes `source`: for two
  /// leads that are one person.
  ///
  /// Every meeting (with its answers) and every step (with its changes) of `source` moves to
  /// `target` unchanged, and the per-lead figures follow (the stats triggers). A draft moves too,
  /// unless `target` has one of the same wizard: `target`'s is kept. `target` keeps its company,
  /// role and stage, taking `source`'s where its own is empty (`new`, for the stage), and gets
  /// `source`'s tags it lacks.
  ///
  /// - Returns: `target` as stored.
  /// - Throws: `JournalError.refused`: `mergeIntoItself`, or `noSuchLead` for either id. Any
  ///   other `JournalError` when the journal cannot be written (nothing is then merged).
  @discardableResult
  public func mergeLead(_ source: String, into target: String) throws(JournalError) -> Lead {
    guard source != target else { throw refusal(.mergeIntoItself) }
    return try write { db in
      let from = try existingLead(source, db)
      var into = try existingLead(target, db)
      let moved: StatementArguments = [target, source]
      try db.execute(sql: "UPDATE meeting SET leadId = ? WHERE leadId = ?", arguments: moved)
      try db.execute(sql: "UPDATE commitment SET leadId = ? WHERE leadId = ?", arguments: moved)
      // A draft is keyed by (wizard, lead): on a clash the target's stays.
      try db.execute(sql: "UPDATE OR IGNORE draft SET lead = ? WHERE lead = ?", arguments: moved)
      try db.execute(sql: "DELETE FROM draft WHERE lead = ?", arguments: [source])
      if into.company.isEmpty { into.company = from.company }
      if into.role.isEmpty { into.role = from.role }
      if into.stage == .new { into.stage = from.stage }
      into.tags += from.tags.filter { !into.tags.contains($0) }
      into.updatedAt = Date.journalNow()
      try into.update(db)
      _ = try Lead.deleteOne(db, key: source)
      return into
    }
  }

  /// Deletes a lead with everything it holds: meetings, answers, steps, their changes, drafts.
  ///
  /// - Returns: what was deleted, or `nil` when no lead has the id (nothing is written).
  /// - Throws: `JournalError` when the journal cannot be written (nothing is then deleted).
  @discardableResult
  public func deleteLead(_ id: String) throws(JournalError) -> LeadSummary? {
    try write { db in
      guard let summary = try Self.summary(of: id, db) else { return nil }
      // Steps first, then meetings, each while the lead exists: the stats triggers refresh a
      // lead's figures on every change, and may only do so for a lead that is there. Answers
      // and step changes go with their rows (foreign keys cascade), the figures with the lead.
      try db.execute(sql: "DELETE FROM draft WHERE lead = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM commitment WHERE leadId = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM meeting WHERE leadId = ?", arguments: [id])
      _ = try Lead.deleteOne(db, key: id)
      return summary
    }
  }

  private func refusal(_ reason: JournalError.Refusal) -> JournalError {
    .refused(path: path, reason: reason)
  }

  private func existingLead(_ id: String, _ db: Database) throws -> Lead {
    guard let lead = try Lead.fetchOne(db, key: id) else { throw refusal(.noSuchLead(id: id)) }
    return lead
  }

  private static func summary(of id: String, _ db: Database) throws -> LeadSummary? {
    guard let lead = try Lead.fetchOne(db, key: id) else { return nil }
    let meetings = try Row.fetchOne(
      db,
      sql: """
        SELECT count(*), COALESCE(SUM(kind = 'debrief' AND status = 'done'), 0)
        FROM meeting WHERE leadId = ?
        """, arguments: [id])
    let steps = try Row.fetchOne(
      db,
      sql:
        "SELECT count(*), COALESCE(SUM(status = 'promised'), 0) FROM commitment WHERE leadId = ?",
      arguments: [id])
    return LeadSummary(
      lead: lead, meetings: meetings?[0] ?? 0, debriefs: meetings?[1] ?? 0,
      steps: steps?[0] ?? 0, openSteps: steps?[1] ?? 0)
  }
}
