/// Where practice progress is kept between runs.
///
/// A JSON file for now; the journal later.
public protocol ProgressStore {
  /// The progress so far; empty when nothing was stored yet.
  ///
  /// - Throws: `ProgressStoreError` when stored progress exists but cannot be read.
  func load() throws(ProgressStoreError) -> PracticeProgress

  /// Replaces the stored progress.
  ///
  /// - Throws: `ProgressStoreError` when it cannot be written.
  func save(_ progress: PracticeProgress) throws(ProgressStoreError)
}

/// Stored progress that cannot be read or written; the message names the file, never its text.
public struct ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
