import Foundation

/// Everything in a journal (or one lead's part of it) as plain values: the JSON export.
///
/// Arrays are in a stable order and dates are ISO 8601 UTC with milliseconds, so exporting the
/// same journal twice gives the same bytes.
public struct JournalSnapshot: Codable, Hashable, Sendable {
  /// The value of `format` in every export.
  public static let formatName = "advance-journal"

  /// Always `advance-journal`; tells an export apart from any other JSON.
  public var format: String
  /// The journal schema version that wrote it.
  public var schemaVersion: Int
  /// Leads, oldest first.
  public var leads: [Lead]
  /// Meetings by day.
  public var meetings: [Meeting]
  /// Answers by meeting and question.
  public var answers: [Answer]
  /// Commitments, oldest first.
  public var commitments: [Commitment]
  /// Status changes, oldest first.
  public var commitmentChanges: [CommitmentChange]
  /// Wizards in progress.
  public var drafts: [Draft]
  /// Asks rehearsed in practice, oldest first (schema 4 on).
  public var practiceAttempts: [PracticeAttemptRecord]
  /// Drill sittings by session (schema 4 on).
  public var drillSittings: [DrillSitting]
  /// Each drill card's Leitner box, by card id (schema 4 on).
  public var drillCards: [DrillCardState]

  /// Creates a snapshot with the current format and schema version.
  public init(
    leads: [Lead] = [], meetings: [Meeting] = [], answers: [Answer] = [],
    commitments: [Commitment] = [], commitmentChanges: [CommitmentChange] = [],
    drafts: [Draft] = [], practiceAttempts: [PracticeAttemptRecord] = [],
    drillSittings: [DrillSitting] = [], drillCards: [DrillCardState] = []
  ) {
    self.format = Self.formatName
    self.schemaVersion = JournalSchema.version
    self.leads = leads
    self.meetings = meetings
    self.answers = answers
    self.commitments = commitments
    self.commitmentChanges = commitmentChanges
    self.drafts = drafts
    self.practiceAttempts = practiceAttempts
    self.drillSittings = drillSittings
    self.drillCards = drillCards
  }

  private enum CodingKeys: String, CodingKey {
    case format, schemaVersion, leads, meetings, answers, commitments, commitmentChanges, drafts
    case practiceAttempts, drillSittings, drillCards
    // What exports of schema versions 2 and 3 hold instead of the three above.
    case practiceResults, drillResults
  }

  /// A key into an array, or a field of a record in one, for error paths.
  private struct PathKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
      self.stringValue = String(intValue)
      self.intValue = intValue
    }
  }

  /// Reads every schema version: practice as v2 and v3 kept it is converted on the way in
  /// (`V2PracticeConversion`), so those exports still import.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    format = try container.decode(String.self, forKey: .format)
    schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
    leads = try container.decode([Lead].self, forKey: .leads)
    meetings = try container.decode([Meeting].self, forKey: .meetings)
    answers = try container.decode([Answer].self, forKey: .answers)
    commitments = try container.decode([Commitment].self, forKey: .commitments)
    commitmentChanges = try container.decode([CommitmentChange].self, forKey: .commitmentChanges)
    drafts = try container.decode([Draft].self, forKey: .drafts)
    if schemaVersion >= 4 {
      practiceAttempts = try container.decode(
        [PracticeAttemptRecord].self, forKey: .practiceAttempts)
      drillSittings = try container.decode([DrillSitting].self, forKey: .drillSittings)
      drillCards = try container.decode([DrillCardState].self, forKey: .drillCards)
    } else {
      practiceAttempts =
        try container.decodeIfPresent([PracticeAttemptRecord].self, forKey: .practiceAttempts)
        ?? []
      drillSittings =
        try container.decodeIfPresent([DrillSitting].self, forKey: .drillSittings) ?? []
      drillCards = try container.decodeIfPresent([DrillCardState].self, forKey: .drillCards) ?? []
    }
    let practice =
      try container.decodeIfPresent([PracticeResult].self, forKey: .practiceResults) ?? []
    let drill = try container.decodeIfPresent([DrillResult].self, forKey: .drillResults) ?? []
    for (index, result) in practice.enumerated() where !(0...100).contains(result.askGrade) {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [
            CodingKeys.practiceResults, PathKey(intValue: index),
            PathKey(stringValue: "askGrade"),
          ],
          debugDescription: "expected a number 0–100"))
    }
    let converted = V2PracticeConversion.convert(practice: practice, drill: drill)
    practiceAttempts += converted.attempts
    drillSittings += converted.sittings
    drillCards += converted.cards
  }

  /// Writes the current shape only.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(format, forKey: .format)
    try container.encode(schemaVersion, forKey: .schemaVersion)
    try container.encode(leads, forKey: .leads)
    try container.encode(meetings, forKey: .meetings)
    try container.encode(answers, forKey: .answers)
    try container.encode(commitments, forKey: .commitments)
    try container.encode(commitmentChanges, forKey: .commitmentChanges)
    try container.encode(drafts, forKey: .drafts)
    try container.encode(practiceAttempts, forKey: .practiceAttempts)
    try container.encode(drillSittings, forKey: .drillSittings)
    try container.encode(drillCards, forKey: .drillCards)
  }

  /// The two fields every export starts with, read first so a file of another kind or version
  /// is named as such rather than by its first unexpected field.
  private struct Header: Decodable {
    var format: String?
    var schemaVersion: Int?
  }

  /// The snapshot as pretty-printed JSON with sorted keys, ending with a newline.
  public func jsonText() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(ISOTimestamp.string(date))
    }
    // Every field is a string, number, bool, array or keyed object: encoding cannot fail.
    guard let data = try? encoder.encode(self) else { return "{}\n" }
    return Self.escapingInvisibles(String(decoding: data, as: UTF8.self)) + "\n"
  }

  /// JSON text with C1 controls and bidirectional overrides escaped as `\uXXXX`.
  ///
  /// The encoder escapes C0 controls already. The text reads back exactly, and a file shown in
  /// a terminal carries none of them raw. Outside strings JSON is ASCII, so each is in a string.
  static func escapingInvisibles(_ json: String) -> String {
    guard json.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 }) else { return json }
    var result = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      switch scalar.value {
      case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
        let hex = String(scalar.value, radix: 16)
        result.append(
          contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
      default:
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Reads a JSON export.
  ///
  /// - Throws: `ImportError` naming the JSON path (and line, when found) of the first bad field.
  public static func decode(json data: Data) throws(ImportError) -> JournalSnapshot {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      guard let date = ISOTimestamp.date(try container.decode(String.self)) else {
        throw DecodingError.dataCorruptedError(
          in: container, debugDescription: "expected an ISO 8601 timestamp")
      }
      return date
    }
    func decode<Value: Decodable>(_ type: Value.Type) throws(ImportError) -> Value {
      do {
        return try decoder.decode(type, from: data)
      } catch let error as DecodingError {
        throw ImportError(decoding: error, in: data)
      } catch {
        throw ImportError(notJSON: data)
      }
    }
    let header = try decode(Header.self)
    guard header.format == formatName else {
      throw ImportError(
        at: [.key("format")], in: data,
        message: "expected \"\(formatName)\"; this is not an advance export")
    }
    if let version = header.schemaVersion, !(1...JournalSchema.version).contains(version) {
      throw ImportError(
        at: [.key("schemaVersion")], in: data,
        message:
          "schema version \(version) is not one this advance reads "
          + "(1...\(JournalSchema.version))")
    }
    return try decode(JournalSnapshot.self)
  }
}
