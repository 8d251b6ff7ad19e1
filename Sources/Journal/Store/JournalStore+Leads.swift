import Foundation
import GRDB

extension JournalStore {
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
    // Only ids and names are read for the search; the few matches are fetched whole.
    let all = try read { db in try Self.candidates(for: wanted, in: db) }
    let exact = all.filter { $0.name == wanted }
    let prefixed = exact.isEmpty ? all.filter { $0.name.hasPrefix(wanted) } : exact
    var chosen = prefixed
    if chosen.isEmpty, wanted.count >= 4 { chosen = all.filter { $0.id.hasPrefix(wanted) } }
    guard !chosen.isEmpty else { return .none }
    let ids = chosen.map(\.id)
    let leads = try read { db in
      try Lead.filter(keys: ids).order(Column("name").collating(.nocase), Column("id"))
        .fetchAll(db)
    }
    return Self.single(leads) ?? .none
  }

  /// The ids and lower-cased names `findLead` chooses from, in name order: every lead whose
  /// name or id could start with `wanted`.
  ///
  /// For a query in ASCII, SQLite keeps the names that start with it ignoring ASCII case and
  /// the names holding anything else (whose Unicode lower case SQLite does not know), and the
  /// ids that start with it; the rest cannot match. Any other query reads every lead, as a
  /// journal of 10,000 leads did for every `show` before (nine tenths of its instructions).
  private static func candidates(
    for wanted: String, in db: Database
  ) throws -> [(id: String, name: String)] {
    let sql: String
    var arguments: StatementArguments = []
    if wanted.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      sql = """
        SELECT id, name FROM lead
        WHERE substr(name, 1, ?) = ? COLLATE NOCASE OR name GLOB '*[^ -~]*'
           OR substr(id, 1, ?) = ?
        ORDER BY name COLLATE NOCASE, id
        """
      let length = wanted.utf8.count
      arguments = [length, wanted, length, wanted]
    } else {
      sql = "SELECT id, name FROM lead ORDER BY name COLLATE NOCASE, id"
    }
    return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
      (id: row[0] as String, name: (row[1] as String).lowercased())
    }
  }

  static func single<Value>(_ candidates: [Value]) -> Match<Value>? {
    switch candidates.count {
    case 0: return nil
    case 1: return .found(candidates[0])
    default: return .ambiguous(candidates)
    }
  }

  /// The lead with exactly this name, ignoring case; the oldest when several share it.
  public func lead(named name: String) throws(JournalError) -> Lead? {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    guard !wanted.isEmpty else { return nil }
    let id = try read { db in
      try Row.fetchAll(db, sql: "SELECT id, name FROM lead ORDER BY createdAt, id")
        .first { ($0[1] as String).lowercased() == wanted }
        .map { $0[0] as String }
    }
    guard let id else { return nil }
    return try lead(id: id)
  }

  /// The leads whose names are close to `name` (`NameMatch`), closest first: the ones a founder
  /// who typed `name` may have meant.
  ///
  /// - Parameters:
  ///   - name: The name as typed.
  ///   - limit: At most this many leads.
  /// - Returns: The close leads, closest first; none when no name is close.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func leads(closeTo name: String, limit: Int = 3) throws(JournalError) -> [Lead] {
    let all = try read { db in
      try Row.fetchAll(db, sql: "SELECT id, name FROM lead ORDER BY name COLLATE NOCASE, id")
        .map { row in (id: row[0] as String, name: row[1] as String) }
    }
    let ids = NameMatch.closest(to: name, among: all, name: \.name).prefix(limit).map(\.id)
    guard !ids.isEmpty else { return [] }
    let leads = try read { db in try Lead.filter(keys: ids).fetchAll(db) }
    return ids.compactMap { id in leads.first { $0.id == id } }
  }
}
