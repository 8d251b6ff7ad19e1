import Foundation
import GRDB

/// A person the founder is meeting, at a company.
public struct Lead: Codable, Hashable, Sendable, Identifiable {
  /// A UUID string, stable across exports and imports.
  public var id: String
  /// The person's name; lookups by name are case-insensitive.
  public var name: String
  /// Their company.
  public var company: String
  /// Their role at the company.
  public var role: String
  /// Where the lead stands, in the founder's words (for instance `new`, `pilot`, `paying`).
  public var stage: String
  /// Free labels.
  public var tags: [String]
  /// When the lead was added.
  public var createdAt: Date
  /// When any field last changed; the newer side wins on import.
  public var updatedAt: Date

  /// Creates a lead; `id` and the dates default to new values.
  public init(
    id: String = UUID().uuidString.lowercased(), name: String, company: String = "",
    role: String = "", stage: String = "new", tags: [String] = [], createdAt: Date? = nil,
    updatedAt: Date? = nil
  ) {
    let now = Date.journalNow()
    self.id = id
    self.name = name
    self.company = company
    self.role = role
    self.stage = stage
    self.tags = tags
    self.createdAt = createdAt?.truncatedToMilliseconds ?? now
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.createdAt
  }
}

extension Lead: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "lead"

  public init(row: Row) throws { try self.init(columns: row) }

  init(columns row: some ColumnSource) throws {
    id = try row.required(0)
    name = try row.required(1)
    company = try row.required(2)
    role = try row.required(3)
    stage = try row.required(4)
    tags = try row.strings(5)
    createdAt = try row.date(6)
    updatedAt = try row.date(7)
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["name"] = name
    container["company"] = company
    container["role"] = role
    container["stage"] = stage
    container["tags"] = StoredValue.encode(tags)
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
  }
}
