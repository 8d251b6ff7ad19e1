import GRDB
import Vocabulary

// The shared words are stored by their raw values.
extension Verdict: DatabaseValueConvertible {}
extension Currency: DatabaseValueConvertible {}
extension Party: DatabaseValueConvertible {}

// Days and due dates are stored as their ISO 8601 text, which sorts as they do.
extension JournalDay: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> JournalDay? {
    String.fromDatabaseValue(dbValue).flatMap(JournalDay.init)
  }
}

extension DueDate: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> DueDate? {
    String.fromDatabaseValue(dbValue).flatMap(DueDate.init)
  }
}
