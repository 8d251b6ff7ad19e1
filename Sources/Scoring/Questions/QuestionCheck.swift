/// One planned question and what is wrong with it, if anything.
public struct QuestionCheck: Sendable, Hashable, Codable {
  /// The question, without its bullet.
  public var text: String
  /// Whether it asks about past or current behaviour and specifics.
  public var asksAboutBehaviour: Bool
  /// The traps found; empty when the question is fine.
  public var flags: [QuestionFlag]

  /// Whether the question is fine as it is.
  public var isGood: Bool { flags.isEmpty }

  /// Creates a check result.
  public init(text: String, asksAboutBehaviour: Bool, flags: [QuestionFlag]) {
    self.text = text
    self.asksAboutBehaviour = asksAboutBehaviour
    self.flags = flags
  }

  private enum CodingKeys: String, CodingKey {
    case text, ok
    case asksAboutBehaviour = "asks_about_behaviour"
    case flags
  }

  /// Encodes with an `ok` field for readers of the JSON.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(isGood, forKey: .ok)
    try container.encode(asksAboutBehaviour, forKey: .asksAboutBehaviour)
    try container.encode(flags, forKey: .flags)
  }

  /// Decodes what ``encode(to:)`` wrote.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    asksAboutBehaviour = try container.decode(Bool.self, forKey: .asksAboutBehaviour)
    flags = try container.decode([QuestionFlag].self, forKey: .flags)
  }
}
