import Foundation
import GRDB

extension Journal {
  /// Saves a new lead.
  ///
  /// - Returns: the lead as stored.
  @discardableResult
  public func addLead(_ lead: Lead) throws(JournalError) -> Lead {
    try write { db in try lead.insert(db) }
    return lead
  }

  /// Saves changes to an existing lead, stamping `updatedAt`.
  ///
  /// - Returns: the lead as stored.
  @discardableResult
  public func updateLead(_ lead: Lead) throws(JournalError) -> Lead {
    var changed = lead
    changed.updatedAt = Date.journalNow()
    try write { [changed] db in try changed.update(db) }
    return changed
  }

  /// The lead with this exact id.
  public func lead(id: String) throws(JournalError) -> Lead? {
    try read { db in try Lead.fetchOne(db, key: id) }
  }

  /// Every lead, by name.
  public func leads() throws(JournalError) -> [Lead] {
    try read { db in try Lead.order(Column("name").collating(.nocase), Column("id")).fetchAll(db) }
  }

  /// Every lead's name, sorted and without duplicates, for tab completion.
  public func leadNames() throws(JournalError) -> [String] {
    try read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT name FROM lead ORDER BY name COLLATE NOCASE")
    }
  }

  /// Finds the lead a founder means by `query`.
  ///
  /// An exact name (ignoring case) wins; otherwise a unique name prefix; otherwise a unique id
  /// prefix of at least four characters.
  ///
  /// - Returns: the lead, `.none`, or the candidates when the query is ambiguous.
  public func findLead(_ query: String) throws(JournalError) -> Match<Lead> {
    let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
    guard !wanted.isEmpty else { return .none }
    let all = try leads()
    let names = all.map { $0.name.lowercased() }
    let exact = zip(all, names).filter { $0.1 == wanted }.map(\.0)
    if let match = Self.single(exact) { return match }
    let prefixed = zip(all, names).filter { $0.1.hasPrefix(wanted) }.map(\.0)
    if let match = Self.single(prefixed) { return match }
    if wanted.count >= 4, let match = Self.single(all.filter { $0.id.hasPrefix(wanted) }) {
      return match
    }
    return .none
  }

  static func single<Value>(_ candidates: [Value]) -> Match<Value>? {
    switch candidates.count {
    case 0: return nil
    case 1: return .found(candidates[0])
    default: return .ambiguous(candidates)
    }
  }
}
