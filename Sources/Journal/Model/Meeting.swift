import Foundation
import GRDB
import Vocabulary

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
  /// How the judge reads the reply.
  public var verdict: Verdict?
  /// How the founder reads it, once they have seen the judge's reading: the verdict that stands.
  public var yourVerdict: Verdict?
  /// Whether the meeting moved the lead forward (``Advancement``); `nil` for a prep, a draft,
  /// or a debrief not yet judged.
  public var advanced: Bool?
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
  /// When the meeting is, as the prep gave it (a day, maybe a time); `nil` when not known.
  public var scheduledFor: DueDate?

  /// Creates a meeting; counts default to zero and the status to `draft`.
  public init(
    id: String = UUID().uuidString.lowercased(), leadId: String, kind: Kind,
    prepId: String? = nil, day: JournalDay, status: Status = .draft, plannedAsk: String = "",
    askedCurrency: Currency? = nil, reply: String = "", verdict: Verdict? = nil,
    yourVerdict: Verdict? = nil, advanced: Bool? = nil, currencies: [Currency] = [],
    strength: Int? = nil, score: Int? = nil,
    scorecard: String? = nil, complimentCount: Int = 0, factCount: Int = 0,
    earlyvangelistSigns: Int = 0, createdAt: Date? = nil, updatedAt: Date? = nil,
    scheduledFor: DueDate? = nil
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
    self.yourVerdict = yourVerdict
    self.advanced = advanced
    self.currencies = currencies
    self.strength = strength
    self.score = score
    self.scorecard = scorecard
    self.complimentCount = complimentCount
    self.factCount = factCount
    self.earlyvangelistSigns = earlyvangelistSigns
    self.createdAt = createdAt?.truncatedToMilliseconds ?? now
    self.updatedAt = updatedAt?.truncatedToMilliseconds ?? self.createdAt
    self.scheduledFor = scheduledFor
  }
}

extension Meeting: FetchableRecord, PersistableRecord {
  public static let databaseTableName = "meeting"

  /// The columns, in the order ``init(columns:)`` reads them: every SELECT of whole meetings
  /// goes through this list, so adding a column is one edit here.
  static let columns = [
    "id", "leadId", "kind", "prepId", "day", "status", "plannedAsk", "askedCurrency", "reply",
    "verdict", "currencies", "strength", "score", "scorecard", "complimentCount", "factCount",
    "earlyvangelistSigns", "createdAt", "updatedAt", "yourVerdict", "advanced", "scheduledFor",
  ]

  public static var databaseSelection: [any SQLSelectable] { columns.map { Column($0) } }

  public init(row: Row) throws { try self.init(columns: row) }

  init(columns row: some ColumnSource) throws {
    id = try row.required(0)
    leadId = try row.required(1)
    kind = try row.value(2)
    prepId = row.string(3)
    day = try row.day(4)
    status = try row.value(5)
    plannedAsk = try row.required(6)
    askedCurrency = try row.optional(7)
    reply = try row.required(8)
    verdict = try row.optional(9)
    currencies = try row.currencies(10)
    strength = row.int(11)
    score = row.int(12)
    scorecard = row.string(13)
    complimentCount = try row.requiredInt(14)
    factCount = try row.requiredInt(15)
    earlyvangelistSigns = try row.requiredInt(16)
    createdAt = try row.date(17)
    updatedAt = try row.date(18)
    yourVerdict = try row.optional(19)
    advanced = row.int(20).map { $0 != 0 }
    scheduledFor = try row.optionalDue(21)
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
    container["yourVerdict"] = yourVerdict
    container["advanced"] = advanced
    container["currencies"] = StoredValue.encode(currencies.map(\.rawValue))
    container["strength"] = strength
    container["score"] = score
    container["scorecard"] = scorecard
    container["complimentCount"] = complimentCount
    container["factCount"] = factCount
    container["earlyvangelistSigns"] = earlyvangelistSigns
    container["createdAt"] = ISOTimestamp.string(createdAt)
    container["updatedAt"] = ISOTimestamp.string(updatedAt)
    container["scheduledFor"] = scheduledFor?.description
  }
}
