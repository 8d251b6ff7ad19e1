/// Where practice progress is kept between runs: written one result at a time, the moment each
/// is given, so a session cut short keeps everything answered before.
public protocol ProgressStore {
  /// The progress so far; empty when nothing was stored yet.
  ///
  /// - Throws: `ProgressStoreError` when stored progress exists but cannot be read.
  func load() throws(ProgressStoreError) -> PracticeProgress

  /// Keeps one finished practice attempt.
  ///
  /// - Throws: `ProgressStoreError` when it cannot be written.
  func record(_ attempt: PracticeAttempt) throws(ProgressStoreError)

  /// Keeps one drill answer: the card's new box and the sitting's totals so far.
  ///
  /// - Throws: `ProgressStoreError` when it cannot be written.
  func record(_ answer: DrillAnswer) throws(ProgressStoreError)
}

/// Stored progress that cannot be read or written; the message names the file, never its text.
public struct ProgressStoreError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
