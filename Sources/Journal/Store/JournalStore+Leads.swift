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
  /// For a query in printable ASCII, SQLite reads the range of `lead_on_name` that starts with
  /// it ignoring ASCII case, the names holding anything else (whose Unicode lower case SQLite
  /// does not know: `lead_on_unusual_name`), and, for four characters or more, the range of ids
  /// that start with it; no other lead can match. Any other query reads every lead. Scanning
  /// every name for each `show` was two thirds of its instructions on 10,000 leads.
  private static func candidates(
    for wanted: String, in db: Database
  ) throws -> [(id: String, name: String)] {
    let sql: String
    var arguments: StatementArguments = []
    if let end = asciiPrefixEnd(wanted) {
      sql = prefixCandidates
      arguments = ["start": wanted, "end": end]
    } else {
      sql = "SELECT id, name FROM lead ORDER BY name COLLATE NOCASE, id"
    }
    return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
      (id: row[0] as String, name: (row[1] as String).lowercased())
    }
  }

  /// The query of ``candidates(for:in:)`` for a query `:start` in printable ASCII, `:end` its
  /// ``asciiPrefixEnd(_:)``.
  static let prefixCandidates = """
    SELECT id, name FROM lead WHERE name >= :start COLLATE NOCASE AND name < :end COLLATE NOCASE
    UNION SELECT id, name FROM lead WHERE \(JournalSchema.unusualName)
    UNION SELECT id, name FROM lead WHERE id >= :start AND id < :end AND length(:start) >= 4
    ORDER BY name COLLATE NOCASE, id
    """

  /// The first text after every text that starts with `prefix`, when `prefix` is printable
  /// ASCII (its last byte one higher); nil for any other prefix.
  static func asciiPrefixEnd(_ prefix: String) -> String? {
    var bytes = Array(prefix.utf8)
    guard let last = bytes.last, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
    bytes[bytes.count - 1] = last + 1
    return String(decoding: bytes, as: UTF8.self)
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
      // In printable ASCII, only the names equal ignoring ASCII case and the unusual ones can
      // be equal ignoring Unicode case.
      let narrowed = Self.asciiPrefixEnd(wanted) != nil
      let sql =
        narrowed
        ? """
        SELECT id, name, createdAt FROM lead WHERE name = ? COLLATE NOCASE
        UNION SELECT id, name, createdAt FROM lead WHERE \(JournalSchema.unusualName)
        ORDER BY createdAt, id
        """
        : "SELECT id, name FROM lead ORDER BY createdAt, id"
      return try Row.fetchAll(db, sql: sql, arguments: narrowed ? [wanted] : [])
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
