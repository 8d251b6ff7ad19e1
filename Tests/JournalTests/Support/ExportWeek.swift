import Foundation
import TerminalTestSupport
import Vocabulary

@testable import Journal

/// A founder's week as the exports see it: Dana, prepped and debriefed, with steps of both
/// sides in every status; Jordan, debriefed without a prep or a scorecard; Sam, only added.
struct ExportWeek {
  let journal: JournalStore
  let dana: Lead
  let jordan: Lead
  let sam: Lead
  let prep: Meeting
  let debrief: Meeting
  /// Dana's steps: done (ours), the signature, the COO meeting, a reference call (undated),
  /// a cancelled trial.
  let steps: [Commitment]

  /// The scorecard the Scoring module wrote for Dana's debrief, cut to what matters here, with
  /// a finding of another shape that must not spoil the others.
  static let scorecard = """
    {"advancement":{"advanced":true},"next_action":"Chase the signature.",
     "notes":{"earlyvangelist":[],"findings":[
       {"kind":"fact","text":"They spent 4,000 dollars on temps last quarter"},
       {"kind":"compliment","text":"Love the dashboard"},
       "not a finding",
       {"kind":"hypothetical","text":"If it did invoices they would buy it"},
       {"kind":"commitment","text":"Dana signs the order form by the 14th"}]},
     "score":72,"verdict":"commitment"}
    """

  init(_ folder: TemporaryDirectory) throws {
    journal = try folder.journal()
    var clock = ISOTimestamp.date("2026-11-20T09:00:00Z") ?? Date()
    func tick() -> Date {
      clock = clock.addingTimeInterval(60)
      return clock
    }
    dana = try journal.addLead(
      Lead(
        name: "Dana Reyes", company: "Acme Logistics", role: "Head of Ops", stage: .met,
        createdAt: tick()))
    jordan = try journal.addLead(Lead(name: "Jordan Lee", company: "Brightside", createdAt: tick()))
    sam = try journal.addLead(Lead(name: "Sam Okafor", createdAt: tick()))

    prep = try journal.addMeeting(
      Meeting(
        leadId: dana.id, kind: .prep, day: Days.day("2026-11-20"), status: .done,
        plannedAsk: "Could you sign the order form for a paid pilot by the 14th?",
        createdAt: tick()))
    let planned = [
      ("lead", "Dana Reyes"), ("stage", "closing"), ("currency", "money"),
      ("ask", "Could you sign the order form for a paid pilot by the 14th?"),
      ("fallback", "A meeting with your COO next week"),
      ("questions", "- When did a shipment last go missing?\n- What did it cost you?"),
      ("yes_sounds", "I'll sign it by Friday"),
      ("hedge_sounds", "Send me the deck, I'll think about it"),
      ("no_sounds", "We're not buying this year"),
    ]
    for (id, value) in planned {
      try journal.recordAnswer(meeting: prep.id, question: id, value: value, at: tick())
    }

    debrief = try journal.addMeeting(
      Meeting(
        leadId: dana.id, kind: .debrief, prepId: prep.id, day: Days.day("2026-11-24"),
        status: .done, plannedAsk: "Could you sign the order form for a paid pilot by the 14th?",
        askedCurrency: .money, reply: "Send me the order form, I'll sign it by the 14th",
        verdict: .commitment, yourVerdict: .hedge, advanced: true, currencies: [.money],
        strength: 85, score: 72, scorecard: Self.scorecard, complimentCount: 1, factCount: 1,
        earlyvangelistSigns: 0, createdAt: tick()))
    let said = [
      ("lead", "Dana Reyes"),
      ("planned", "Could you sign the order form for a paid pilot by the 14th?"),
      ("notes", "ignored: the scorecard's findings are shown"),
      ("asked", "Will you sign the pilot order form by the 14th?"),
      ("reply", "Send me the order form, I'll sign it by the 14th"),
      ("verdict", "hedge"), ("verdict_stands", "judge"), ("versus_plan", "same"),
      ("mood", "upbeat"),
    ]
    for (id, value) in said {
      try journal.recordAnswer(meeting: debrief.id, question: id, value: value, at: tick())
    }

    var added: [Commitment] = []
    let (store, leadId, meetingId) = (journal, dana.id, debrief.id)
    func add(
      _ what: String, _ owner: Party, person: String? = nil, due: String?,
      currency: Currency? = nil, status: Commitment.Status = .promised
    ) throws {
      let step = try store.addCommitment(
        Commitment(
          leadId: leadId, meetingId: meetingId, what: what, currency: currency,
          due: due.flatMap(DueDate.init), owner: owner, person: person, createdAt: tick()))
      let changed =
        status == .promised ? step : try store.setStatus(status, commitment: step.id, at: tick())
      added.append(changed ?? step)
    }
    try add("I send the order form", .us, due: "2026-11-25", status: .done)
    try add("she signs the order form", .them, person: "Dana", due: "2026-12-14", currency: .money)
    try add("we meet her COO", .them, person: "her COO", due: "2026-12-03T10:00", currency: .time)
    try add("a reference call with a customer", .them, due: nil)
    try add("a trial on their data", .them, due: "2026-12-01", status: .cancelled)
    steps = added

    let other = try journal.addMeeting(
      Meeting(
        leadId: jordan.id, kind: .debrief, day: Days.day("2026-11-23"), status: .done,
        plannedAsk: "An intro to their CFO", reply: "Keep me posted", verdict: .hedge,
        advanced: false, score: 30, createdAt: tick()))
    try journal.recordAnswer(
      meeting: other.id, question: "notes", value: "- They use spreadsheets\n\n* Nice demo\n",
      at: tick())
    _ = try journal.addCommitment(
      Commitment(leadId: jordan.id, what: "I send Jordan the deck", owner: .us, createdAt: tick()))
  }
}
