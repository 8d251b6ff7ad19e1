import Foundation
import GRDB
import Vocabulary

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
  /// Where the lead stands: new, met, piloting, won, lost or parked.
  public var stage: LeadStage
  /// Free labels.
  public var tags: [String]
  /// When the lead was added.
  public var createdAt: Date
  /// When any field last changed; the newer side wins on import.
  public var updatedAt: Date

  /// Creates a lead; `id` and the dates default to new values.
  public init(
    id: String = UUID().uuidString.lowercased(), name: String, company: String = "",
    role: String = "", stage: LeadStage = .new, tags: [String] = [], createdAt: Date? = nil,
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

extension Lead {
  private enum CodingKeys: String, CodingKey {
    case id, name, company, role, stage, tags, createdAt, updatedAt
  }

  /// Reads a lead from an export; a stage this version does not know reads as `LeadStage(stored:)`
  /// does, so files written when the stage was free text still import.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    name = try container.decode(String.self, forKey: .name)
    company = try container.decode(String.self, forKey: .company)
    role = try container.decode(String.self, forKey: .role)
    stage = LeadStage(stored: try container.decode(String.self, forKey: .stage))
    tags = try container.decode([String].self, forKey: .tags)
    createdAt = try container.decode(Date.self, forKey: .createdAt)
    updatedAt = try container.decode(Date.self, forKey: .updatedAt)
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
    stage = LeadStage(stored: try row.required(4))
    tags = try row.strings(5)
    createdAt = try row.date(6)
    updatedAt = try row.date(7)
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["name"] = name
    container["company"] = company
    container["role"] = role
    container["stage"] = stage.rawValue
    container["tags"] = StoredValue.encode(tags)
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
  }
}
