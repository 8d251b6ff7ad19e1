import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// Today's agenda (``Agenda``), read in one transaction through indexes: the scheduled
  /// meetings from `meeting_on_schedule`, the due steps from `commitment_on_status_due`, and
  /// the open leads with the figures the triggers keep (`LeadStats`).
  ///
  /// - Parameters:
  ///   - today: the founder's today.
  ///   - rules: the quiet and next-step thresholds.
  ///   - timeZone: the zone in which a kept promise's timestamp becomes a day.
  /// - Returns: the agenda.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func agenda(
    today: JournalDay, rules: AgendaRules = AgendaRules(), timeZone: TimeZone = .current
  ) throws(JournalError) -> Agenda {
    try read { db in try Self.agenda(db, today: today, rules: rules, timeZone: timeZone) }
  }

  /// The agenda read through one read-only connection, for the REPL's banner: no pool, no
  /// migration, no checkpoint, nothing written or synced, so the prompt is not held up.
  ///
  /// - Returns: the agenda; nil when the file is missing, not a journal of this version (the
  ///   first command that opens it migrates it or says why), or cannot be read now.
  public static func agendaIfReadable(
    path: String, today: JournalDay, rules: AgendaRules = AgendaRules(),
    timeZone: TimeZone = .current
  ) -> Agenda? {
    guard case .ours(let version, _)? = try? DatabaseHeader.inspect(path: path),
      version == JournalSchema.version
    else { return nil }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(1)
    guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else {
      return nil
    }
    defer { try? queue.close() }
    return try? queue.read { db in
      try agenda(db, today: today, rules: rules, timeZone: timeZone)
    }
  }

  private static func agenda(
    _ db: Database, today: JournalDay, rules: AgendaRules, timeZone: TimeZone
  ) throws -> Agenda {
    let tomorrow = today.adding(days: 1)
    let scheduled = try Self.scheduledMeetings(
      db, from: today.adding(days: -rules.missedDebriefDays), until: tomorrow.adding(days: 1))
    let booked = Set(scheduled.filter { $0.at.day >= today }.map(\.lead.id))
    let due = try Self.dueSteps(db, through: today)
    return Agenda(
      today: today,
      meetingsToday: scheduled.filter { $0.at.day == today },
      meetingsTomorrow: scheduled.filter { $0.at.day == tomorrow },
      missedDebriefs: scheduled.filter {
        $0.at.day < today && !$0.isDebriefed && !$0.lead.stage.isClosed
      },
      dueSteps: due.filter { $0.commitment.owner == .us }
        + due.filter {
          $0.commitment.owner == .them
        },
      quiet: try Self.quietLeads(
        db, today: today, rules: rules, booked: booked, timeZone: timeZone))
  }

  /// Finished preps with a time from `from` up to (not including) `until`, by time; a lead
  /// prepped twice for the same moment is listed once, with its latest prep.
  private static func scheduledMeetings(
    _ db: Database, from: JournalDay, until: JournalDay
  ) throws -> [ScheduledMeeting] {
    var result: [ScheduledMeeting] = []
    var seen: Set<String> = []
    try db.forEachRow(
      sql: """
        SELECT m.id, m.scheduledFor, l.id, l.name, l.company, l.stage, l.createdAt,
               EXISTS (SELECT 1 FROM meeting AS d
                       WHERE d.leadId = m.leadId AND d.kind = 'debrief' AND d.status = 'done'
                         AND (d.prepId = m.id OR d.day >= substr(m.scheduledFor, 1, 10)))
        FROM meeting AS m INDEXED BY meeting_on_schedule
        JOIN lead AS l ON l.id = m.leadId
        WHERE m.scheduledFor IS NOT NULL AND m.scheduledFor >= ? AND m.scheduledFor < ?
          AND m.kind = 'prep' AND m.status = 'done'
        ORDER BY m.scheduledFor, m.createdAt DESC, m.id
        """, arguments: [from.description, until.description]
    ) { row in
      guard let at = try row.optionalDue(1) else { return }
      let lead = PipelineLead(
        id: try row.required(2), name: try row.required(3), company: try row.required(4),
        stage: .init(stored: try row.required(5)), createdAt: try row.date(6))
      guard seen.insert(lead.id + " " + at.description).inserted else { return }
      result.append(
        ScheduledMeeting(
          prepId: try row.required(0), lead: lead, at: at, isDebriefed: row.int(7) == 1))
    }
    return result
  }

  /// Open steps due on or before `day`, by due date.
  private static func dueSteps(_ db: Database, through day: JournalDay) throws -> [Followup] {
    var result: [Followup] = []
    try db.forEachRow(
      sql: """
        SELECT \(Followup.columns)
        FROM commitment INDEXED BY commitment_on_status_due
        JOIN lead ON lead.id = commitment.leadId
        WHERE commitment.status = 'promised' AND commitment.due IS NOT NULL
          AND commitment.due < ?
        ORDER BY commitment.due, commitment.createdAt, commitment.id
        """, arguments: [day.adding(days: 1).description]
    ) { row in
      result.append(try Followup(row: row, today: day))
    }
    return result
  }

  /// Open leads past their stage's thresholds: quiet ones first (longest quiet on top), then
  /// those without a dated step; by name within each.
  private static func quietLeads(
    _ db: Database, today: JournalDay, rules: AgendaRules, booked: Set<String>,
    timeZone: TimeZone
  ) throws -> [QuietLead] {
    var quiet: [(QuietLead, Int)] = []
    var undated: [QuietLead] = []
    try db.forEachRow(
      sql: """
        SELECT lead.id, lead.name, lead.company, lead.stage, lead.createdAt,
               m.meetings, m.lastDay, m.lastAdvancedDay, c.lastKeptAt, c.nextDue,
               EXISTS (SELECT 1 FROM meeting AS x
                       WHERE x.leadId = lead.id AND x.kind = 'prep' AND x.status = 'done'
                         AND x.scheduledFor >= ?)
        FROM lead
        LEFT JOIN leadMeetingStats AS m ON m.leadId = lead.id
        LEFT JOIN leadCommitmentStats AS c ON c.leadId = lead.id
        WHERE lead.stage IN ('new', 'met', 'piloting')
        """, arguments: [today.description]
    ) { row in
      let lead = PipelineLead(
        id: try row.required(0), name: try row.required(1), company: try row.required(2),
        stage: .init(stored: try row.required(3)), createdAt: try row.date(4))
      guard let thresholds = rules.stages[lead.stage], !booked.contains(lead.id), row.int(10) != 1
      else { return }
      let advancement = LeadActivity.lastAdvancement(
        lastAdvancedDay: try row.optionalDay(7),
        lastKeptAt: row.string(8).flatMap(ISOTimestamp.date), timeZone: timeZone)
      let active = LeadActivity.lastDay(
        lastMeetingDay: try row.optionalDay(6), lastAdvancement: advancement,
        createdAt: lead.createdAt, timeZone: timeZone)
      let days = active.days(to: today)
      if days >= thresholds.quietDays {
        quiet.append((QuietLead(lead: lead, reason: .quiet(days: days)), days))
        return
      }
      let met = (row.int(5) ?? 0) > 0
      if met, let within = thresholds.nextStepDays {
        let nextDue = try row.optionalDue(9)
        if nextDue.map({ $0.day > today.adding(days: within) }) ?? true {
          undated.append(QuietLead(lead: lead, reason: .noDatedStep(withinDays: within)))
        }
      }
    }
    func byName(_ left: QuietLead, _ right: QuietLead) -> Bool {
      NameOrder.precedes(left.lead.name, left.lead.id, right.lead.name, right.lead.id)
    }
    let longestFirst = quiet.sorted { left, right in
      left.1 != right.1 ? left.1 > right.1 : byName(left.0, right.0)
    }
    return longestFirst.map(\.0) + undated.sorted(by: byName)
  }
}
