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
  /// Role-play outcomes.
  public var practiceResults: [PracticeResult]
  /// Flash-card answers.
  public var drillResults: [DrillResult]

  /// Creates a snapshot with the current format and schema version.
  public init(
    leads: [Lead] = [], meetings: [Meeting] = [], answers: [Answer] = [],
    commitments: [Commitment] = [], commitmentChanges: [CommitmentChange] = [],
    drafts: [Draft] = [], practiceResults: [PracticeResult] = [], drillResults: [DrillResult] = []
  ) {
    self.format = Self.formatName
    self.schemaVersion = JournalSchema.version
    self.leads = leads
    self.meetings = meetings
    self.answers = answers
    self.commitments = commitments
    self.commitmentChanges = commitmentChanges
    self.drafts = drafts
    self.practiceResults = practiceResults
    self.drillResults = drillResults
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
    return String(decoding: data, as: UTF8.self) + "\n"
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
    let snapshot: JournalSnapshot
    do {
      snapshot = try decoder.decode(JournalSnapshot.self, from: data)
    } catch let error as DecodingError {
      throw ImportError(decoding: error, in: data)
    } catch {
      throw ImportError(path: "", line: nil, message: "not valid JSON")
    }
    guard snapshot.format == formatName else {
      throw ImportError(
        path: "format", line: JSONLocator.line(of: [.key("format")], in: data),
        message: "expected \"\(formatName)\"; this is not an advance export")
    }
    guard (1...JournalSchema.version).contains(snapshot.schemaVersion) else {
      throw ImportError(
        path: "schemaVersion", line: JSONLocator.line(of: [.key("schemaVersion")], in: data),
        message:
          "schema version \(snapshot.schemaVersion) is not one this advance reads "
          + "(1...\(JournalSchema.version))")
    }
    return snapshot
  }
}
