import Foundation
import TerminalTestSupport
import Testing

@testable import Journal

/// Lead, Meeting and Commitment read their columns by position; a migration that reorders a
/// table would silently misread them, so the order is pinned here.
@Suite struct ColumnOrderTests {
  @Test(arguments: [
    ("lead", "id name company role stage tags createdAt updatedAt"),
    (
      "meeting",
      "id leadId kind prepId day status plannedAsk askedCurrency reply verdict currencies "
        + "strength score scorecard complimentCount factCount earlyvangelistSigns createdAt "
        + "updatedAt yourVerdict advanced scheduledFor"
    ),
    (
      "commitment",
      "id leadId meetingId what currency due owner status createdAt updatedAt person"
    ),
  ])
  func tablesKeepTheirColumnOrder(table: String, columns: String) throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    journal.close()
    let names = try sqlite(journal.path, "SELECT name FROM pragma_table_info('\(table)')")
    #expect(names.split(separator: "\n").joined(separator: " ") == columns)
  }

  @Test func aValueThisBinaryCouldNotHaveWrittenIsCorruption() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.addLead(Lead(name: "Ada"))
    journal.close()
    try sqlite(journal.path, "UPDATE lead SET tags = 'not json', createdAt = 'yesterday'")
    #expect(throws: JournalError.corrupt(path: journal.path)) { try journal.leads() }
  }
}
