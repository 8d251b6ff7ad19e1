import Foundation
import GRDB
import Vocabulary

/// A promised next step as the journal keeps it: who must act, what, by when, and whether it
/// happened.
///
/// Deeds validate words: a step counts as a kept promise (``KeptPromise/rule``) only when the
/// prospect's side owned it and it is `done`.
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
  /// What was promised, in the founder's words.
  public var what: String
  /// The side that must act.
  public var owner: Party
  /// The person who acts, when the step names one.
  public var person: String?
  /// The strongest thing it costs the prospect, when they own it and it is a commitment.
  public var currency: Currency?
  /// When it is due, if a date was set.
  public var due: DueDate?
  /// Promised, done, broken or cancelled.
  public var status: Status
  /// When it was recorded.
  public var createdAt: Date
  /// When the status or any field last changed.
  public var updatedAt: Date

  /// Creates a promised step.
  public init(
    id: String = UUID().uuidString.lowercased(), leadId: String, meetingId: String? = nil,
    what: String, currency: Currency? = nil, due: DueDate? = nil, owner: Party,
    person: String? = nil, status: Status = .promised, createdAt: Date? = nil,
    updatedAt: Date? = nil
  ) {
    let now = Date.journalNow()
    self.id = id
    self.leadId = leadId
    self.meetingId = meetingId
    self.what = what
    self.owner = owner
    self.person = person
    self.currency = owner == .them ? currency : nil
    self.due = due
    self.status = status
    self.createdAt = createdAt?.truncatedToMilliseconds ?? now
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.createdAt
  }

  /// The step of a meeting record, as promised at the meeting.
  public init(
    _ step: NextStep, leadId: String, meetingId: String?, createdAt: Date? = nil
  ) {
    self.init(
      leadId: leadId, meetingId: meetingId, what: step.what, currency: step.costs.max(),
      due: step.due, owner: step.owner, person: step.person, createdAt: createdAt)
  }

  /// The step as the meeting record's vocabulary has it.
  public var nextStep: NextStep {
    NextStep(
      what: what, owner: owner, person: person, due: due, costs: currency.map { [$0] } ?? [])
  }

  private enum CodingKeys: String, CodingKey {
    case id, leadId, meetingId, what, owner, person, currency, due, status, createdAt, updatedAt
  }

  /// Decodes an export; files written before v5 named the owner (`"Dana"`) where this keeps
  /// `them` and the person.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    leadId = try container.decode(String.self, forKey: .leadId)
    meetingId = try container.decodeIfPresent(String.self, forKey: .meetingId)
    what = try container.decode(String.self, forKey: .what)
    let owner = try container.decode(String.self, forKey: .owner)
    self.owner = owner == "us" ? .us : .them
    person =
      try container.decodeIfPresent(String.self, forKey: .person)
      ?? (owner == "us" || owner == "them" ? nil : owner)
    currency = try container.decodeIfPresent(Currency.self, forKey: .currency)
    due = try container.decodeIfPresent(DueDate.self, forKey: .due)
    status = try container.decode(Status.self, forKey: .status)
    createdAt = try container.decode(Date.self, forKey: .createdAt)
    updatedAt = try container.decode(Date.self, forKey: .updatedAt)
  }
}

extension Commitment: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "commitment"

  /// The columns, in the order ``init(columns:)`` reads them: every SELECT of whole
  /// commitments goes through this list, so adding a column is one edit here.
  static let columns = [
    "id", "leadId", "meetingId", "what", "owner", "person", "currency", "due", "status",
    "createdAt", "updatedAt",
  ]

  public static var databaseSelection: [any SQLSelectable] { columns.map { Column($0) } }

  public init(row: Row) throws { try self.init(columns: row) }

  init(columns row: some ColumnSource) throws {
    id = try row.required(0)
    leadId = try row.required(1)
    meetingId = row.string(2)
    what = try row.required(3)
    owner = try row.party(4)
    person = row.string(5)
    currency = try row.optional(6)
    due = try row.optionalDue(7)
    status = try row.value(8)
    createdAt = try row.date(9)
    updatedAt = try row.date(10)
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["leadId"] = leadId
    container["meetingId"] = meetingId
    container["what"] = what
    container["owner"] = owner
    container["person"] = person
    container["currency"] = currency
    container["due"] = due
    container["status"] = status
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
  }
}
