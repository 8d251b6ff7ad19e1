import GRDB

/// Who promised a step or who owns it: the founder's side, the prospect's side, or a named person.
public enum Party: Hashable, Sendable, CustomStringConvertible {
  /// The founder and their team.
  case us
  /// The prospect's side.
  case them
  /// A named person, for instance an introduction the prospect promised.
  case named(String)

  /// Reads `us`, `them`, or any other text as a name.
  public init(_ text: String) {
    switch text {
    case "us": self = .us
    case "them": self = .them
    default: self = .named(text)
    }
  }

  /// `us`, `them`, or the name.
  public var description: String {
    switch self {
    case .us: return "us"
    case .them: return "them"
    case .named(let name): return name
    }
  }
}

extension Party: Codable {
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Party: DatabaseValueConvertible {
  public var databaseValue: DatabaseValue { description.databaseValue }

  public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Party? {
    String.fromDatabaseValue(dbValue).map(Party.init)
  }
}
