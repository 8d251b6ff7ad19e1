import Foundation
import GRDB
import GRDBSQLite
import Vocabulary

/// Where a record's columns are read from, by position.
///
/// Two sources: a GRDB `Row` for ordinary fetches, and the SQLite statement itself for the
/// queries that read thousands of rows (pipeline, follow-ups), where GRDB's generic column access
/// spent more time looking up type metadata than SQLite spent finding the rows.
protocol ColumnSource {
  /// The text of a column, or `nil` for NULL.
  func string(_ index: Int) -> String?
  /// The integer value of a column, or `nil` for NULL.
  func int(_ index: Int) -> Int?
}

extension Row: ColumnSource {
  func string(_ index: Int) -> String? { self[index] }
  func int(_ index: Int) -> Int? { self[index] }
}

/// The current row of a stepping SQLite statement.
struct StatementColumns: ColumnSource {
  let statement: SQLiteStatement

  func string(_ index: Int) -> String? {
    let column = Int32(index)
    guard sqlite3_column_type(statement, column) != SQLITE_NULL,
      let text = sqlite3_column_text(statement, column)
    else { return nil }
    // With the byte count, text holding U+0000 comes back whole.
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  func int(_ index: Int) -> Int? {
    let column = Int32(index)
    guard sqlite3_column_type(statement, column) != SQLITE_NULL else { return nil }
    return Int(sqlite3_column_int64(statement, column))
  }
}

extension ColumnSource {
  func required(_ index: Int) throws -> String {
    guard let value = string(index) else { throw StoredValue.Invalid(column: index) }
    return value
  }

  func requiredInt(_ index: Int) throws -> Int {
    guard let value = int(index) else { throw StoredValue.Invalid(column: index) }
    return value
  }

  func date(_ index: Int) throws -> Date {
    guard let text = string(index), let date = ISOTimestamp.date(text) else {
      throw StoredValue.Invalid(column: index)
    }
    return date
  }

  func value<Value: RawRepresentable>(_ index: Int) throws -> Value where Value.RawValue == String {
    guard let value = try optional(index) as Value? else {
      throw StoredValue.Invalid(column: index)
    }
    return value
  }

  func optional<Value: RawRepresentable>(_ index: Int) throws -> Value?
  where Value.RawValue == String {
    guard let text = string(index) else { return nil }
    guard let value = Value(rawValue: text) else { throw StoredValue.Invalid(column: index) }
    return value
  }

  func day(_ index: Int) throws -> JournalDay {
    guard let day = try optionalDay(index) else { throw StoredValue.Invalid(column: index) }
    return day
  }

  func optionalDay(_ index: Int) throws -> JournalDay? {
    guard let text = string(index) else { return nil }
    guard let day = JournalDay(text) else { throw StoredValue.Invalid(column: index) }
    return day
  }

  func optionalDue(_ index: Int) throws -> DueDate? {
    guard let text = string(index) else { return nil }
    guard let due = DueDate(text) else { throw StoredValue.Invalid(column: index) }
    return due
  }

  /// A stored owner: `us`, or anything else read as the prospect's side (journals before v5
  /// kept a name there).
  func party(_ index: Int) throws -> Party { try required(index) == "us" ? .us : .them }

  func strings(_ index: Int) throws -> [String] {
    guard let strings = StoredValue.decodeStrings(try required(index)) else {
      throw StoredValue.Invalid(column: index)
    }
    return strings
  }

  func currencies(_ index: Int) throws -> [Currency] {
    try strings(index).map { name in
      guard let currency = Currency(rawValue: name) else {
        throw StoredValue.Invalid(column: index)
      }
      return currency
    }
  }
}
