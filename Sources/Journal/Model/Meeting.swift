import Foundation
import GRDB

/// One side of a customer meeting: the prep before it or the debrief after it.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
  /// Before or after the meeting.
  public enum Kind: String, Codable, Sendable, DatabaseValueConvertible {
    case prep
    case debrief
  }

  /// Whether the wizard finished.
  public enum Status: String, Codable, Sendable, DatabaseValueConvertible {
    case draft
    case done
  }

  /// A UUID string.
  public var id: String
  /// The lead met.
  public var leadId: String
  /// Prep or debrief.
  public var kind: Kind
  /// For a debrief, the prep it follows, if there was one.
  public var prepId: String?
  /// The day of the meeting.
  public var day: JournalDay
  /// `draft` while the wizard runs, `done` once finished.
  public var status: Status
  /// The commitment the founder planned to ask for.
  public var plannedAsk: String
  /// The currency of the ask the founder actually made, if known.
  public var askedCurrency: Currency?
  /// What the prospect said to the ask.
  public var reply: String
  /// How the reply reads.
  public var verdict: Verdict?
  /// What the commitment costs them; empty unless the verdict is a commitment.
  public var currencies: [Currency]
  /// How strong the commitment is, 0–100.
  public var strength: Int?
  /// The meeting's score, 0–100.
  public var score: Int?
  /// The scorecard as the scoring module wrote it (JSON text, opaque here).
  public var scorecard: String?
  /// Compliments heard.
  public var complimentCount: Int
  /// Facts about past behaviour heard.
  public var factCount: Int
  /// Earlyvangelist signs seen (has the problem, knows it, searching, hacked a fix, has budget).
  public var earlyvangelistSigns: Int
  /// When the row was created.
  public var createdAt: Date
  /// When any field last changed.
  public var updatedAt: Date

  /// Creates a meeting; counts default to zero and the status to `draft`.
  public init(
    id: String = UUID().uuidString.lowercased(), leadId: String, kind: Kind,
    prepId: String? = nil, day: JournalDay, status: Status = .draft, plannedAsk: String = "",
    askedCurrency: Currency? = nil, reply: String = "", verdict: Verdict? = nil,
    currencies: [Currency] = [], strength: Int? = nil, score: Int? = nil,
    scorecard: String? = nil, complimentCount: Int = 0, factCount: Int = 0,
    earlyvangelistSigns: Int = 0, createdAt: Date? = nil, updatedAt: Date? = nil
  ) {
    let now = Date.journalNow()
    self.id = id
    self.leadId = leadId
    self.kind = kind
    self.prepId = prepId
    self.day = day
    self.status = status
    self.plannedAsk = plannedAsk
    self.askedCurrency = askedCurrency
    self.reply = reply
    self.verdict = verdict
    self.currencies = currencies
    self.strength = strength
    self.score = score
    self.scorecard = scorecard
    self.complimentCount = complimentCount
    self.factCount = factCount
    self.earlyvangelistSigns = earlyvangelistSigns
    self.createdAt = createdAt?.truncatedToMilliseconds ?? now
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.createdAt
  }
}

extension Meeting: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "meeting"

  public init(row: Row) throws {
    id = try StoredValue.required(row, 0)
    leadId = try StoredValue.required(row, 1)
    kind = try StoredValue.required(row, 2)
    prepId = row[3]
    day = try StoredValue.required(row, 4)
    status = try StoredValue.required(row, 5)
    plannedAsk = try StoredValue.required(row, 6)
    askedCurrency = row[7]
    reply = try StoredValue.required(row, 8)
    verdict = row[9]
    currencies = try StoredValue.currencies(row, 10)
    strength = row[11]
    score = row[12]
    scorecard = row[13]
    complimentCount = try StoredValue.required(row, 14)
    factCount = try StoredValue.required(row, 15)
    earlyvangelistSigns = try StoredValue.required(row, 16)
    createdAt = try StoredValue.date(row, 17)
    updatedAt = try StoredValue.date(row, 18)
  }

  public func encode(to container: inout PersistenceContainer) throws {
    container["id"] = id
    container["leadId"] = leadId
    container["kind"] = kind
    container["prepId"] = prepId
    container["day"] = day
    container["status"] = status
    container["plannedAsk"] = plannedAsk
    container["askedCurrency"] = askedCurrency
    container["reply"] = reply
    container["verdict"] = verdict
    container["currencies"] = StoredValue.encode(currencies.map(\.rawValue))
    container["strength"] = strength
    container["score"] = score
    container["scorecard"] = scorecard
    container["complimentCount"] = complimentCount
    container["factCount"] = factCount
    container["earlyvangelistSigns"] = earlyvangelistSigns
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
  }
}
