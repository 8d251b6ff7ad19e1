/// What an import changed.
public struct ImportSummary: Hashable, Sendable, CustomStringConvertible {
  /// Records that were not in the journal.
  public var inserted = 0
  /// Records the file had in a newer version.
  public var updated = 0
  /// Records already there, identical or newer.
  public var unchanged = 0

  /// Creates a summary.
  public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0) {
    self.inserted = inserted
    self.updated = updated
    self.unchanged = unchanged
  }

  /// `3 added, 1 updated, 40 unchanged`.
  public var description: String {
    "\(inserted) added, \(updated) updated, \(unchanged) unchanged"
  }
}
