import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// One row per lead, the ones to act on today first.
  ///
  /// Open leads come first: rows with an overdue step (the longest overdue on top), then rows
  /// with any other warning, then the rest; within a group the most recently active lead comes
  /// first. Closed leads (won, lost, parked) follow, in the same order among themselves.
  ///
  /// - Parameters:
  ///   - today: the founder's today.
  ///   - rules: the warning thresholds.
  ///   - timeZone: the zone in which a kept promise's timestamp becomes a day.
  /// - Returns: one row per lead.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func pipeline(
    today: JournalDay, rules: PipelineRules = PipelineRules(), timeZone: TimeZone = .current
  ) throws(JournalError) -> [PipelineRow] {
    let entries = try read { db in try Self.leadsWithStats(db) }
    // Each lead's place in name order, the last tie-breaker.
    var nameRank = [Int](repeating: 0, count: entries.count)
    let names = entries.map { ($0.0.name, $0.0.id) }
    let byName = names.withUnsafeBufferPointer { names in
      names.indices.sorted { left, right in
        NameOrder.precedes(names[left].0, names[left].1, names[right].0, names[right].1)
      }
    }
    for (rank, index) in byName.enumerated() { nameRank[index] = rank }
    var rows: [PipelineRow?] = []
    var keys: [SortKey] = []
    rows.reserveCapacity(entries.count)
    keys.reserveCapacity(entries.count)
    for (index, (lead, meetings, steps, kept)) in entries.enumerated() {
      let advancement = LeadActivity.lastAdvancement(
        lastAdvancedDay: meetings.lastAdvancedDay, lastKeptAt: steps.lastKeptAt,
        timeZone: timeZone)
      var warnings: [PipelineWarning] = []
      if let due = steps.nextDue, due.day < today { warnings.append(.nextStepOverdue) }
      if meetings.count > 0, steps.open == 0 { warnings.append(.noNextStep) }
      if meetings.streak >= rules.zombieStreak { warnings.append(.zombie) }
      if meetings.count > 0, meetings.compliments > 0, meetings.facts == 0, steps.total == 0,
        meetings.lastAdvancedDay == nil
      {
        warnings.append(.onlyCompliments)
      }
      if meetings.maxSigns >= rules.earlyvangelistSigns, !meetings.askedMoney, !steps.anyMoney {
        warnings.append(.earlyvangelistNotAskedForMoney)
      }
      // A lead never met is as recent as the day it was added.
      let activity = LeadActivity.lastDay(
        lastMeetingDay: meetings.lastDay, lastAdvancement: advancement,
        createdAt: lead.createdAt, timeZone: timeZone)
      keys.append(
        SortKey(
          isClosed: lead.stage.isClosed,
          group: warnings.first == .nextStepOverdue ? 0 : warnings.isEmpty ? 2 : 1,
          due: steps.nextDue, activity: activity.ordinal, nameRank: nameRank[index],
          index: index))
      rows.append(
        PipelineRow(
          lead: lead, strongestKept: kept, meetingCount: meetings.count,
          lastMeetingDay: meetings.lastDay, lastAdvancementDay: advancement,
          daysSinceAdvancement: advancement.map { $0.days(to: today) },
          lastMeetingAdvanced: meetings.count > 0 ? meetings.streak == 0 : nil,
          nextStep: steps.next, nextDue: steps.nextDue,
          openSteps: steps.open, warnings: warnings))
    }
    // Sorting small keys, not the rows, then moving each row out once: a row holds its lead,
    // kept promise and warnings by value.
    keys.sort()
    return keys.compactMap { rows[$0.index].take() }
  }

  /// Open leads before closed ones (won, lost, parked: off the to-act list); then overdue first
  /// (the longest overdue on top), then other warnings, then the rest; the most recently active
  /// first within a group.
  private struct SortKey: Comparable {
    let isClosed: Bool
    let group: Int
    let due: DueDate?
    let activity: Int
    /// The lead's place in name order.
    let nameRank: Int
    /// The row's position in `leadsWithStats`.
    let index: Int

    static func < (left: SortKey, right: SortKey) -> Bool {
      if left.isClosed != right.isClosed { return right.isClosed }
      if left.group != right.group { return left.group < right.group }
      if left.group == 0, let leftDue = left.due, let rightDue = right.due, leftDue != rightDue {
        return leftDue < rightDue
      }
      if left.activity != right.activity { return left.activity > right.activity }
      return left.nameRank < right.nameRank
    }
  }

  private struct MeetingStats {
    var count = 0
    var lastDay: JournalDay?
    var lastAdvancedDay: JournalDay?
    var facts = 0
    var compliments = 0
    var maxSigns = 0
    var askedMoney = false
    var streak = 0
  }

  private struct CommitmentStats {
    var total = 0
    var open = 0
    var nextDue: DueDate?
    var lastKeptAt: Date?
    var anyMoney = false
    var next: OpenStep?
  }

  /// Every lead with the figures triggers keep in `leadMeetingStats` and
  /// `leadCommitmentStats` (see `LeadStats`), its strongest kept promise and its next step
  /// among them, in storage order.
  ///
  /// Name order is left to `pipeline`: walking the name index costs SQLite a row lookup per
  /// lead, a third of the whole `advance leads` on a journal of 10,000 leads; so did looking up
  /// the two steps before v8 kept their text beside the figures.
  private static func leadsWithStats(
    _ db: Database
  ) throws -> [(PipelineLead, MeetingStats, CommitmentStats, KeptPromise?)] {
    var result: [(PipelineLead, MeetingStats, CommitmentStats, KeptPromise?)] = []
    result.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM lead") ?? 0)
    try db.forEachRow(
      sql: """
        SELECT lead.id, lead.name, lead.company, lead.stage, lead.createdAt,
               m.meetings, m.lastDay, m.lastAdvancedDay, m.facts, m.compliments,
               m.maxSigns, m.askedMoney, m.streak,
               c.steps, c.openSteps, c.nextDue, c.lastKeptAt, c.anyMoney,
               c.keptId, c.keptWhat, c.keptCurrency,
               c.nextId, c.nextWhat, c.nextOwner
        FROM lead
        LEFT JOIN leadMeetingStats AS m ON m.leadId = lead.id
        LEFT JOIN leadCommitmentStats AS c ON c.leadId = lead.id
        """
    ) { row in
      let lead = PipelineLead(
        id: try row.required(0), name: try row.required(1), company: try row.required(2),
        stage: .init(stored: try row.required(3)), createdAt: try row.date(4))
      let meetings = MeetingStats(
        count: row.int(5) ?? 0, lastDay: try row.optionalDay(6),
        lastAdvancedDay: try row.optionalDay(7), facts: row.int(8) ?? 0,
        compliments: row.int(9) ?? 0, maxSigns: row.int(10) ?? 0,
        askedMoney: (row.int(11) ?? 0) != 0, streak: row.int(12) ?? 0)
      // The next step is the open step due first: its due date is the earliest.
      let nextDue = try row.optionalDue(15)
      let steps = CommitmentStats(
        total: row.int(13) ?? 0, open: row.int(14) ?? 0, nextDue: nextDue,
        lastKeptAt: row.string(16).flatMap(ISOTimestamp.date),
        anyMoney: (row.int(17) ?? 0) != 0,
        next: try row.string(21).map { id in
          OpenStep(
            id: id, what: try row.required(22), due: nextDue, owner: try row.party(23))
        })
      let kept = try row.string(18).map { id in
        KeptPromise(id: id, what: try row.required(19), currency: try row.optional(20))
      }
      result.append((lead, meetings, steps, kept))
    }
    return result
  }
}
