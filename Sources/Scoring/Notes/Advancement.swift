/// Whether the meeting moved forward: a next step, with a date and an owner.
public struct Advancement: Sendable, Hashable, Codable {
  /// The next step as recorded or found.
  public var nextStep: String?
  /// The date of the next step, when there is one.
  public var date: String?
  /// Who does it, when known.
  public var owner: String?

  /// Creates an advancement record.
  public init(nextStep: String?, date: String?, owner: String?) {
    self.nextStep = nextStep
    self.date = date
    self.owner = owner
  }

  /// A next step with both a date and an owner: the meeting advanced.
  public var isAdvanced: Bool { nextStep != nil && date != nil && owner != nil }

  private enum CodingKeys: String, CodingKey {
    case nextStep = "next_step"
    case date, owner, advanced
  }

  /// Encodes with an `advanced` field for readers of the JSON.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(nextStep, forKey: .nextStep)
    try container.encodeIfPresent(date, forKey: .date)
    try container.encodeIfPresent(owner, forKey: .owner)
    try container.encode(isAdvanced, forKey: .advanced)
  }

  /// Decodes what ``encode(to:)`` wrote.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    nextStep = try container.decodeIfPresent(String.self, forKey: .nextStep)
    date = try container.decodeIfPresent(String.self, forKey: .date)
    owner = try container.decodeIfPresent(String.self, forKey: .owner)
  }
}
