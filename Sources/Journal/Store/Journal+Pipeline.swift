import Foundation
import GRDB

extension Journal {
  /// One row per lead, the ones to act on today first.
  ///
  /// Rows with an overdue step come first (the longest overdue on top), then rows with any other
  /// warning, then the rest; within a group the most recently active lead comes first.
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
    let (leads, meetingStats, commitmentStats, kept) = try read { db in
      (
        try Lead.fetchAll(db), try Self.meetingStats(db), try Self.commitmentStats(db),
        try Self.strongestKept(db)
      )
    }
    var rows: [(row: PipelineRow, activity: Int)] = []
    rows.reserveCapacity(leads.count)
    for lead in leads {
      let meetings = meetingStats[lead.id] ?? MeetingStats()
      let steps = commitmentStats[lead.id] ?? CommitmentStats()
      let keptDay = steps.lastKeptAt.map { JournalDay($0, timeZone: timeZone) }
      let advancement = [meetings.lastCommitmentDay, keptDay].compactMap { $0 }.max()
      var warnings: [PipelineWarning] = []
      if let due = steps.nextDue, due.day < today { warnings.append(.nextStepOverdue) }
      if meetings.count > 0, steps.open == 0 { warnings.append(.noNextStep) }
      if meetings.streak >= rules.zombieStreak { warnings.append(.zombie) }
      if meetings.count > 0, meetings.compliments > 0, meetings.facts == 0, steps.total == 0,
        meetings.lastCommitmentDay == nil
      {
        warnings.append(.onlyCompliments)
      }
      if meetings.maxSigns >= rules.earlyvangelistSigns, !meetings.askedMoney, !steps.anyMoney {
        warnings.append(.earlyvangelistNotAskedForMoney)
      }
      let row = PipelineRow(
        lead: lead, strongestKept: kept[lead.id], meetingCount: meetings.count,
        lastMeetingDay: meetings.lastDay, lastAdvancementDay: advancement,
        daysSinceAdvancement: advancement.map { $0.days(to: today) }, nextDue: steps.nextDue,
        openSteps: steps.open, warnings: warnings)
      let created = JournalDay(lead.createdAt, timeZone: timeZone)
      let activity = [meetings.lastDay, advancement, created].compactMap { $0 }.max() ?? created
      rows.append((row, activity.ordinal))
    }
    rows.sort { left, right in
      let leftGroup = Self.group(left.row)
      let rightGroup = Self.group(right.row)
      if leftGroup != rightGroup { return leftGroup < rightGroup }
      if leftGroup == 0, let leftDue = left.row.nextDue, let rightDue = right.row.nextDue,
        leftDue != rightDue
      {
        return leftDue < rightDue
      }
      if left.activity != right.activity { return left.activity > right.activity }
      let leftName = left.row.lead.name.lowercased()
      let rightName = right.row.lead.name.lowercased()
      if leftName != rightName { return leftName < rightName }
      return left.row.lead.id < right.row.lead.id
    }
    return rows.map(\.row)
  }

  private static func group(_ row: PipelineRow) -> Int {
    if row.warnings.contains(.nextStepOverdue) { return 0 }
    return row.warnings.isEmpty ? 2 : 1
  }

  private struct MeetingStats {
    var count = 0
    var lastDay: JournalDay?
    var lastCommitmentDay: JournalDay?
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
  }

  /// Aggregates of finished debriefs per lead; the streak counts the meetings since the last
  /// one that ended in a commitment.
  private static func meetingStats(_ db: Database) throws -> [String: MeetingStats] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT leadId, COUNT(*), MAX(day), MAX(CASE WHEN verdict = 'commitment' THEN day END),
               SUM(factCount), SUM(complimentCount), MAX(earlyvangelistSigns),
               MAX(askedCurrency IS 'money'), SUM(mark IS NULL OR day || ' ' || createdAt > mark)
        FROM (
          SELECT leadId, day, createdAt, verdict, factCount, complimentCount,
                 earlyvangelistSigns, askedCurrency,
                 MAX(CASE WHEN verdict = 'commitment' THEN day || ' ' || createdAt END)
                   OVER (PARTITION BY leadId) AS mark
          FROM meeting WHERE kind = 'debrief' AND status = 'done')
        GROUP BY leadId
        """)
    var stats: [String: MeetingStats] = [:]
    while let row = try rows.next() {
      let leadId: String = row[0]
      stats[leadId] = MeetingStats(
        count: row[1], lastDay: row[2], lastCommitmentDay: row[3], facts: row[4] ?? 0,
        compliments: row[5] ?? 0, maxSigns: row[6] ?? 0, askedMoney: row[7] ?? false,
        streak: row[8] ?? 0)
    }
    return stats
  }

  private static func commitmentStats(_ db: Database) throws -> [String: CommitmentStats] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT leadId, COUNT(*), SUM(status = 'promised'),
               MIN(CASE WHEN status = 'promised' THEN due END),
               MAX(CASE WHEN status = 'done' AND promisedBy <> 'us' THEN updatedAt END),
               MAX(currency IS 'money')
        FROM commitment GROUP BY leadId
        """)
    var stats: [String: CommitmentStats] = [:]
    while let row = try rows.next() {
      let leadId: String = row[0]
      stats[leadId] = CommitmentStats(
        total: row[1], open: row[2] ?? 0, nextDue: row[3],
        lastKeptAt: (row[4] as String?).flatMap(ISOTimestamp.date),
        anyMoney: row[5] ?? false)
    }
    return stats
  }

  /// Per lead, the kept promise that proves the most: money, then reputation, then time, then
  /// the most recent.
  private static func strongestKept(_ db: Database) throws -> [String: Commitment] {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT * FROM (
          SELECT commitment.*, ROW_NUMBER() OVER (
            PARTITION BY leadId
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id) AS rank
          FROM commitment WHERE status = 'done' AND promisedBy <> 'us')
        WHERE rank = 1
        """)
    var kept: [String: Commitment] = [:]
    while let row = try rows.next() {
      let commitment = try Commitment(row: row)
      kept[commitment.leadId] = commitment
    }
    return kept
  }
}
