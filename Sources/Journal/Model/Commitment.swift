import Foundation
import GRDB
import Vocabulary

/// A promised next step: who promised what, by when, and whether it happened.
///
/// Deeds validate words: a commitment is evidence about a lead only once it is `done`.
public struct Commitment: Codable, Hashable, Sendable, Identifiable {
  /// Where a promise stands.
  public enum Status: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case promised
    case done
    case broken
    case cancelled
  }

  /// A UUID string; the founder may type any unique prefix of it.
  public var id: String
  /// The lead it concerns.
  public var leadId: String
  /// The meeting where it was agreed, if any.
  public var meetingId: String?
  /// Who gave their word.
  public var promisedBy: Party
  /// What was promised, in the founder's words.
  public var what: String
  /// What it costs the one who promised, if it is a commitment currency.
  public var currency: Currency?
  /// When it is due, if a date was set.
  public var due: DueDate?
  /// Who must act next.
  public var owner: Party
  /// Promised, done, broken or cancelled.
  public var status: Status
  /// When it was recorded.
  public var createdAt: Date
  /// When the status or any field last changed.
  public var updatedAt: Date

  /// Creates a promised step.
  public init(
    id: String = UUID().uuidString.lowercased(), leadId: String, meetingId: String? = nil,
    promisedBy: Party, what: String, currency: Currency? = nil, due: DueDate? = nil,
    owner: Party, status: Status = .promised, createdAt: Date? = nil, updatedAt: Date? = nil
  ) {
    let now = Date.journalNow()
    self.id = id
    self.leadId = leadId
    self.meetingId = meetingId
    self.promisedBy = promisedBy
    self.what = what
    self.currency = currency
    self.due = due
    self.owner = owner
    self.status = status
    self.createdAt = createdAt?.truncatedToMilliseconds ?? now
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.createdAt
  }

  /// Whether this counts as evidence about the lead: the prospect's side promised it and did it.
  public var isKept: Bool { status == .done && promisedBy != .us }
}

extension Commitment: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "commitment"

  public init(row: Row) throws { try self.init(columns: row) }

  init(columns row: some ColumnSource) throws {
    id = try row.required(0)
    leadId = try row.required(1)
    meetingId = row.string(2)
    promisedBy = try row.party(3)
    what = try row.required(4)
    currency = try row.optional(5)
    due = try row.optionalDue(6)
    owner = try row.party(7)
    status = try row.value(8)
    createdAt = try row.date(9)
    updatedAt = try row.date(10)
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["leadId"] = leadId
    container["meetingId"] = meetingId
    container["promisedBy"] = promisedBy
    container["what"] = what
    container["currency"] = currency
    container["due"] = due
    container["owner"] = owner
    container["status"] = status
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
  }
}
