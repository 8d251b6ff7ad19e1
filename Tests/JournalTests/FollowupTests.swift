import Foundation
import GRDB
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

@Suite struct FollowupTests {
  @Test func overdueFirstThenByDueDateThenUndated() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var ada = try History(journal, name: "Ada")
    var grace = try History(journal, name: "Grace")
    try ada.step("undated", due: nil)
    try ada.step("due next week", due: "2026-11-30")
    try grace.step("two days late", due: "2026-11-21")
    try grace.step("due today at 3 pm", due: "2026-11-23T15:00")
    try grace.step("due today", due: "2026-11-23")
    try ada.step("ten days late", due: "2026-11-13")
    try ada.step("kept", due: "2026-11-01", status: .done)
    try ada.step("dropped", due: "2026-11-01", status: .cancelled)
    let followups = try journal.followups(today: Days.today)
    #expect(
      followups.map(\.commitment.what) == [
        "ten days late", "two days late", "due today", "due today at 3 pm", "due next week",
        "undated",
      ])
    #expect(followups.map(\.daysOverdue) == [10, 2, nil, nil, nil, nil])
    #expect(followups.map(\.leadName) == ["Ada", "Grace", "Grace", "Grace", "Ada", "Ada"])
  }

  @Test func markingByAUniqueIdPrefixRecordsTheChange() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let first = try journal.addCommitment(
      Commitment(id: "abc123", leadId: lead.id, what: "Intro", owner: .them))
    try journal.addCommitment(
      Commitment(id: "abd456", leadId: lead.id, what: "Deck", owner: .us))
    guard case .ambiguous(let candidates) = try journal.findCommitment(idPrefix: "ab") else {
      Issue.record("ab matches two")
      return
    }
    #expect(candidates.map(\.id) == ["abc123", "abd456"])
    #expect(try journal.findCommitment(idPrefix: "zz").value == nil)
    let found = try #require(try journal.findCommitment(idPrefix: "ABC").value)
    #expect(found.id == first.id)
    let done = try #require(try journal.setStatus(.done, commitment: found.id))
    #expect(done.status == .done)
    #expect(try journal.changes(commitment: found.id).map(\.status) == [.done])
    #expect(try journal.setStatus(.done, commitment: found.id)?.status == .done)
    #expect(try journal.changes(commitment: found.id).count == 1, "no change, no record")
    #expect(try journal.setStatus(.broken, commitment: "missing") == nil)
    #expect(try journal.followups(today: Days.today).map(\.commitment.what) == ["Deck"])
  }
}

@Suite struct LeadLookupTests {
  @Test func exactNameThenUniquePrefixIgnoringCase() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.addLead(Lead(name: "Ada"))
    try journal.addLead(Lead(name: "Ada Lovelace"))
    try journal.addLead(Lead(name: "Émile Zola"))
    #expect(try journal.findLead("ADA").value?.name == "Ada")
    #expect(try journal.findLead("ada l").value?.name == "Ada Lovelace")
    #expect(try journal.findLead("émile").value?.name == "Émile Zola")
    #expect(try journal.findLead("zz").value == nil)
    #expect(try journal.findLead("").value == nil)
    try journal.addLead(Lead(name: "Adam"))
    #expect(try journal.findLead(" ada ").value?.name == "Ada", "an exact name beats prefixes")
  }

  @Test func anASCIIQueryStillFindsNamesSQLiteCannotFoldAndIdPrefixes() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let zoe = Lead(name: "ZOË Ødegaard")
    try journal.addLead(zoe)
    try journal.addLead(Lead(name: "Zola"))
    try journal.addLead(Lead(name: "Ümit"))
    // "zoë ø…" lower-cased by Swift starts with "zo": found beside Zola, not missed.
    guard case .ambiguous(let both) = try journal.findLead("zo") else {
      Issue.record("expected two candidates")
      return
    }
    #expect(Set(both.map(\.name)) == ["ZOË Ødegaard", "Zola"])
    #expect(try journal.findLead("zoë").value?.name == "ZOË Ødegaard")
    #expect(try journal.findLead("ümit").value?.name == "Ümit")
    #expect(try journal.findLead(String(zoe.id.prefix(6))).value?.id == zoe.id)
  }

  @Test func aKelvinSignAndPunctuationAtTheRangesEdgeAreStillFound() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    // U+212A, KELVIN SIGN, is lower-cased by Swift to an ASCII "k", which SQLite never folds.
    let kelvin = try journal.addLead(Lead(name: "\u{212A}im Ito"))
    // "@" is one below "A": the range's end ("ada" then "A") folds to a later "a".
    let at = try journal.addLead(Lead(name: "Ada@Work"))
    try journal.addLead(Lead(name: "Adab"))
    #expect(try journal.findLead("kim").value?.id == kelvin.id)
    #expect(try journal.lead(named: "KIM ITO")?.id == kelvin.id)
    #expect(try journal.findLead("ada@").value?.id == at.id)
    #expect(try journal.lead(named: "ada@work")?.id == at.id)
    #expect(try journal.findLead("ada~").value == nil)
    #expect(JournalStore.asciiPrefixEnd("ada@") == "adaA")
    #expect(JournalStore.asciiPrefixEnd("a~") == "a\u{7F}")
    #expect(JournalStore.asciiPrefixEnd("zoë") == nil)
  }

  @Test func findingALeadReadsRangesOfIndexesNotEveryLead() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.addLead(Lead(name: "Ada"))
    journal.close()
    let queue = try DatabaseQueue(path: journal.path)
    let plan = try queue.read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN " + JournalStore.prefixCandidates,
        arguments: ["start": "ada", "end": "adb"]
      ).map { $0["detail"] as String }.joined(separator: "\n")
    }
    #expect(plan.contains("lead_on_name (name>? AND name<?)"), "\(plan)")
    // The partial index holds only the unusual names: scanning it is not scanning the leads.
    #expect(plan.contains("SCAN lead USING COVERING INDEX lead_on_unusual_name"), "\(plan)")
    #expect(!plan.contains("SCAN lead\n") && !plan.hasSuffix("SCAN lead"), "\(plan)")
  }

  @Test func ambiguousPrefixListsTheCandidates() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.addLead(Lead(name: "Grace Hopper"))
    try journal.addLead(Lead(name: "grace kelly"))
    guard case .ambiguous(let leads) = try journal.findLead("grace") else {
      Issue.record("expected two candidates")
      return
    }
    #expect(Set(leads.map(\.name)) == ["Grace Hopper", "grace kelly"])
    #expect(try journal.leadNames() == ["Grace Hopper", "grace kelly"])
  }

  @Test func byIdPrefix() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(id: "0f1e2d3c-aaaa", name: "Ada"))
    #expect(try journal.findLead("0f1e").value == lead)
    #expect(try journal.findLead("0f1").value == nil, "an id prefix needs four characters")
  }
}

@Suite struct TimelineTests {
  @Test func aLeadsHistoryInOrder() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    var history = try History(journal, name: "Ada", created: "2026-11-01")
    let prep = try journal.addMeeting(
      Meeting(
        leadId: history.lead.id, kind: .prep, day: Days.day("2026-11-05"), status: .done,
        plannedAsk: "a pilot", createdAt: history.tick()))
    let debrief = try journal.addMeeting(
      Meeting(
        leadId: history.lead.id, kind: .debrief, prepId: prep.id, day: Days.day("2026-11-05"),
        status: .done, verdict: .commitment, createdAt: history.tick()))
    try journal.recordAnswer(meeting: debrief.id, question: "reply", value: "Yes, Tuesday")
    try journal.recordAnswer(meeting: debrief.id, question: "notes", value: "They use Excel")
    history.clock = ISOTimestamp.date("2026-11-05T18:00:00Z") ?? history.clock
    let step = try history.step("Pilot kickoff", due: "2026-11-12")
    try journal.setStatus(.done, commitment: step.id, at: ISOTimestamp.date("2026-11-12T10:00:00Z"))
    let entries = try journal.timeline(
      lead: history.lead.id, timeZone: TimeZone(identifier: "UTC") ?? .current)
    #expect(
      entries.map(\.day.description) == [
        "2026-11-01", "2026-11-05", "2026-11-05", "2026-11-05", "2026-11-12",
      ])
    guard entries.count == 5 else { return }
    guard case .leadAdded = entries[0].event, case .meeting(let first, _) = entries[1].event,
      case .meeting(let second, let answers) = entries[2].event,
      case .promised(let promised) = entries[3].event,
      case .statusChanged(let changed, let status) = entries[4].event
    else {
      Issue.record("unexpected entries \(entries.map(\.event))")
      return
    }
    #expect(first.kind == .prep)
    #expect(second.kind == .debrief && second.prepId == prep.id)
    #expect(Set(answers.map(\.questionId)) == ["reply", "notes"])
    #expect(promised.what == "Pilot kickoff")
    #expect(changed.id == step.id && status == .done)
    #expect(try journal.timeline(lead: "missing").isEmpty)
  }
}

@Suite struct DraftTests {
  @Test func savedOnEveryAnswerResumedAndDeleted() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    try journal.saveDraft(wizard: "debrief", lead: "ada", state: "{\"at\":1}")
    try journal.saveDraft(wizard: "debrief", lead: "ada", state: "{\"at\":2}")
    try journal.saveDraft(wizard: "prep", lead: "ada", state: "{}")
    #expect(try journal.draft(wizard: "debrief", lead: "ada")?.state == "{\"at\":2}")
    #expect(try journal.drafts().count == 2)
    try journal.deleteDraft(wizard: "debrief", lead: "ada")
    #expect(try journal.draft(wizard: "debrief", lead: "ada") == nil)
    #expect(try journal.drafts().map(\.wizard) == ["prep"])
  }
}
