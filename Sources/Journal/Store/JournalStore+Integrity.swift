import GRDB

extension JournalStore {
  /// SQLite's own verdict on the file: `["ok"]` when sound, else the problems it lists.
  ///
  /// - Returns: The rows of `PRAGMA integrity_check`.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func integrityCheck() throws(JournalError) -> [String] {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
  }
}
