import GRDB

extension Database {
  /// Runs `sql` and calls `body` with each result row's columns, read straight from SQLite.
  func forEachRow(
    sql: String, arguments: StatementArguments = [], _ body: (StatementColumns) throws -> Void
  ) throws {
    let statement = try makeStatement(sql: sql)
    try statement.setArguments(arguments)
    let columns = StatementColumns(statement: statement.sqliteStatement)
    let cursor = try Row.fetchCursor(statement)
    while try cursor.next() != nil {
      try body(columns)
    }
  }
}
