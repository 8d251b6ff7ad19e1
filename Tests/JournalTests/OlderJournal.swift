import GRDB
import TerminalTestSupport

@testable import Journal

/// A journal file as an older `advance` left it: migrated up to one version, with rows written
/// in plain SQL (the record types have moved on since).
enum OlderJournal {
  /// - Parameters:
  ///   - folder: Where to make the file.
  ///   - version: The last migration applied, by its number (`v2` is 2).
  ///   - rows: SQL that inserts the rows.
  /// - Returns: The file's path.
  /// - Throws: When SQLite cannot make the file or run `rows`.
  static func make(in folder: TemporaryDirectory, version: Int, rows: String) throws -> String {
    let path = folder.path + "/journal.sqlite"
    let queue = try DatabaseQueue(path: path)
    try JournalSchema.migrator.migrate(queue, upTo: JournalSchema.migrationNames[version - 1])
    try queue.write { db in try db.execute(sql: rows) }
    try queue.close()
    return path
  }
}
