import GRDB

/// A row of the journal: its dates are stored as ISO 8601 text with milliseconds, so exports,
/// imports and `sqlite3` all read the same timestamps.
protocol JournalRecord: FetchableRecord, PersistableRecord {}

extension JournalRecord {
  public static func databaseDateEncodingStrategy(for column: String)
    -> DatabaseDateEncodingStrategy
  { ISOTimestamp.encoding }

  public static func databaseDateDecodingStrategy(for column: String)
    -> DatabaseDateDecodingStrategy
  { ISOTimestamp.decoding }
}
