import Foundation
import Vocabulary

@testable import Journal

/// Builds a lead's history in a journal with short calls.
struct History {
  let journal: JournalStore
  let lead: Lead
  var clock: Date

  init(_ journal: JournalStore, name: String, created: String = "2026-10-01") throws {
    self.journal = journal
    clock = ISOTimestamp.date(created + "T09:00:00Z") ?? Date()
    lead = try journal.addLead(Lead(name: name, company: name + " Inc", createdAt: clock))
  }

  mutating func tick() -> Date {
    clock = clock.addingTimeInterval(60)
    return clock
  }

  /// A finished debrief; it advanced when the verdict is a commitment, unless `advanced` says
  /// otherwise.
  @discardableResult
  mutating func debrief(
    _ day: String, verdict: Verdict?, advanced: Bool? = nil, compliments: Int = 0,
    facts: Int = 0, signs: Int = 0, asked: Currency? = nil
  ) throws -> Meeting {
    try journal.addMeeting(
      Meeting(
        leadId: lead.id, kind: .debrief, day: Days.day(day), status: .done, askedCurrency: asked,
        verdict: verdict, advanced: advanced ?? (verdict == .commitment),
        currencies: verdict == .commitment ? [.time] : [],
        complimentCount: compliments, factCount: facts, earlyvangelistSigns: signs,
        createdAt: tick()))
  }

  /// A promised step.
  @discardableResult
  mutating func step(
    _ what: String, due: String?, by: Party = .them, currency: Currency? = nil,
    status: Commitment.Status = .promised
  ) throws -> Commitment {
    let step = try journal.addCommitment(
      Commitment(
        leadId: lead.id, what: what, currency: currency,
        due: due.flatMap(DueDate.init), owner: by, createdAt: tick()))
    guard status != .promised else { return step }
    return try journal.setStatus(status, commitment: step.id, at: tick()) ?? step
  }
}
