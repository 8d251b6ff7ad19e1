import Foundation
import GRDB

/// A status change of a commitment, kept so a lead's timeline shows when a promise was kept.
public struct CommitmentChange: Codable, Hashable, Sendable, Identifiable {
  /// A UUID string.
  public var id: String
  /// The commitment that changed.
  public var commitmentId: String
  /// The new status.
  public var status: Commitment.Status
  /// When it changed.
  public var at: Date

  /// Creates a change record.
  public init(
    id: String = UUID().uuidString.lowercased(), commitmentId: String,
    status: Commitment.Status, at: Date? = nil
  ) {
    self.id = id
    self.commitmentId = commitmentId
    self.status = status
    self.at = at?.truncatedToMilliseconds ?? Date.journalNow()
  }
}

extension CommitmentChange: JournalRecord {
  public static let databaseTableName = "commitmentChange"
}
