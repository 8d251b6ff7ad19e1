import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// The figures of the days `from` through `through` (``PeriodFigures``).
  ///
  /// - Parameters:
  ///   - from: the first day.
  ///   - through: the last day, included.
  ///   - rules: the pipeline's thresholds (how many signs make an earlyvangelist).
  ///   - timeZone: the zone in which a step's change of status becomes a day.
  /// - Returns: the figures.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func periodFigures(
    from: JournalDay, through: JournalDay, rules: PipelineRules = PipelineRules(),
    timeZone: TimeZone = .current
  ) throws(JournalError) -> PeriodFigures {
    try read { db in
      var figures = PeriodFigures(from: from, through: through)
      figures.days = Array(repeating: PeriodFigures.Day(), count: max(0, figures.length))
      var evangelists: Set<String> = []
      try db.forEachRow(
        sql: """
          SELECT m.day, m.advanced, m.verdict, m.factCount, m.complimentCount,
                 m.earlyvangelistSigns, l.name,
                 (SELECT value FROM answer WHERE meetingId = m.id AND questionId = 'asked'),
                 (SELECT value FROM answer WHERE meetingId = m.prepId AND questionId = 'stage'),
                 EXISTS (SELECT 1 FROM meeting AS e
                         WHERE e.leadId = m.leadId AND e.kind = 'debrief' AND e.status = 'done'
                           AND (e.day || e.createdAt) < (m.day || m.createdAt))
          FROM meeting AS m JOIN lead AS l ON l.id = m.leadId
          WHERE m.kind = 'debrief' AND m.status = 'done' AND m.day >= ? AND m.day <= ?
          ORDER BY m.day, m.createdAt, m.id
          """, arguments: [from.description, through.description]
      ) { row in
        let day = try row.day(0)
        let advanced = row.int(1) == 1
        figures.held += 1
        if advanced { figures.advanced += 1 }
        let index = from.days(to: day)
        if figures.days.indices.contains(index) {
          figures.days[index].held += 1
          if advanced { figures.days[index].advanced += 1 }
        }
        if let verdict: Verdict = try row.optional(2) { figures.verdicts[verdict, default: 0] += 1 }
        figures.facts += row.int(3) ?? 0
        figures.compliments += row.int(4) ?? 0
        let name = try row.required(6)
        if (row.int(5) ?? 0) >= rules.earlyvangelistSigns, evangelists.insert(name).inserted {
          figures.earlyvangelists.append(name)
        }
        if let asked = row.string(7), !asked.allSatisfy(\.isWhitespace),
          asked.lowercased() != "nothing"
        {
          let stage =
            row.string(8).flatMap(Stage.init(rawValue:)) ?? (row.int(9) == 1 ? .followUp : .first)
          figures.asks.append(PeriodFigures.Ask(text: asked, stage: stage))
        }
      }
      // A change of status is stamped in UTC: read from a day early, then kept by local day.
      try db.forEachRow(
        sql: """
          SELECT owner, status, updatedAt FROM commitment
          WHERE status IN ('done', 'broken') AND updatedAt >= ?
          """, arguments: [from.adding(days: -1).description]
      ) { row in
        guard let at = row.string(2).flatMap(ISOTimestamp.date) else { return }
        let day = JournalDay(at, timeZone: timeZone)
        guard day >= from, day <= through else { return }
        let owner = try row.party(0)
        if try row.required(1) == "done" {
          figures.kept[owner, default: 0] += 1
        } else {
          figures.broken[owner, default: 0] += 1
        }
      }
      return figures
    }
  }
}
