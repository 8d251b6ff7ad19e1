import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

@Suite struct NameOrderTests {
  /// The pipeline sorts in Swift what it used to ask SQLite to sort: both must agree.
  @Test func agreesWithSQLiteNocase() throws {
    let names = [
      "ada", "Ada", "ADA", "Ada Lovelace", "adam", "Ádam", "ádam", "Zoë", "zoe", "Grace",
      "grace hopper", "_under", "[bracket", "alan", "Alan", "", " space", "Émile", "émile", "42",
    ]
    var leads: [(name: String, id: String)] = []
    for (index, name) in names.enumerated() {
      // Two leads for some names, so the id decides; ids out of insertion order.
      leads.append((name, "id-\(99 - index)"))
      if index % 3 == 0 { leads.append((name, "id-\(index)")) }
    }
    let database = try DatabaseQueue()
    let expected = try database.write { db in
      try db.execute(sql: "CREATE TABLE lead (id TEXT PRIMARY KEY, name TEXT NOT NULL)")
      for lead in leads {
        try db.execute(sql: "INSERT INTO lead VALUES (?, ?)", arguments: [lead.id, lead.name])
      }
      return try String.fetchAll(db, sql: "SELECT id FROM lead ORDER BY name COLLATE NOCASE, id")
    }
    let sorted = leads.sorted { NameOrder.precedes($0.name, $0.id, $1.name, $1.id) }
    #expect(sorted.map(\.id) == expected)
  }

  @Test func pipelineBreaksTiesByNameIgnoringCase() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    for name in ["bob", "Alice", "carol", "alice b", "Bob"] {
      _ = try journal.addLead(Lead(name: name))
    }
    let names = try journal.pipeline(today: Days.today).map(\.lead.name)
    #expect(names.map { $0.lowercased() } == ["alice", "alice b", "bob", "bob", "carol"])
  }
}
