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

// A lead's stage was free text before `LeadStage`: a stored word it does not know is read
// leniently, never refused.
extension LeadStage: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { rawValue.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LeadStage? {
    String.fromDatabaseValue(dbValue).map(LeadStage.init(stored:))
  }
}

extension LeadStage {
  /// The stage a stored text stands for: its case name, else a synonym (`pilot`, `paying`…),
  /// else `new`.
  ///
  /// - Parameter text: The `stage` column, or an export's `stage` field.
  init(stored text: String) {
    self = LeadStage(rawValue: text) ?? LeadStage(reading: text) ?? .new
  }
}
