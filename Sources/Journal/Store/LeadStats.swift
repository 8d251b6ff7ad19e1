/// The per-lead figures the pipeline reads, one SELECT per statistics table.
///
/// Triggers refresh them (`JournalSchema.createStatsTriggers`). v5 created both; v8 re-created
/// the steps' one to hold the text of the two steps the pipeline shows.
///
/// `lead` is `NEW.leadId` or `OLD.leadId` in triggers, or `:lead` for a backfill.
enum LeadStats {
  /// Over a lead's finished debriefs: count, last day, last day it advanced, facts,
  /// compliments, most earlyvangelist signs, whether money was asked, and the streak of
  /// debriefs since the last one that advanced.
  static func meetingSelect(lead: String) -> String {
    """
    SELECT \(lead), COUNT(*), MAX(day), MAX(CASE WHEN advanced = 1 THEN day END),
           COALESCE(SUM(factCount), 0), COALESCE(SUM(complimentCount), 0),
           COALESCE(MAX(earlyvangelistSigns), 0), COALESCE(MAX(askedCurrency IS 'money'), 0),
           COALESCE(SUM(day || ' ' || createdAt > COALESCE((
             SELECT MAX(day || ' ' || createdAt) FROM meeting
             WHERE leadId = \(lead) AND kind = 'debrief' AND status = 'done'
               AND advanced = 1), '')), 0)
    FROM meeting WHERE leadId = \(lead) AND kind = 'debrief' AND status = 'done'
    """
  }

  /// v5's figures over a lead's steps, as the v5 migration created their triggers (names
  /// aside, change it only with a new migration that re-creates them): count, open ones, the
  /// earliest open due date, the last kept promise, whether any step is about money, the
  /// strongest kept promise's id, and the next open step's id (the earliest due, undated ones
  /// last).
  static func v5CommitmentSelect(lead: String) -> String {
    """
    SELECT \(lead), COUNT(*), COALESCE(SUM(status = 'promised'), 0),
           MIN(CASE WHEN status = 'promised' THEN due END),
           MAX(CASE WHEN \(KeptPromise.condition) THEN updatedAt END),
           COALESCE(MAX(currency IS 'money'), 0),
           (SELECT id FROM commitment
            WHERE leadId = \(lead) AND \(KeptPromise.condition)
            ORDER BY CASE currency WHEN 'money' THEN 3 WHEN 'reputation' THEN 2
                                   WHEN 'time' THEN 1 ELSE 0 END DESC,
                     updatedAt DESC, id
            LIMIT 1) AS keptId,
           (SELECT id FROM commitment
            WHERE leadId = \(lead) AND status = 'promised'
            ORDER BY due IS NULL, due, createdAt, id
            LIMIT 1) AS nextId
    FROM commitment WHERE leadId = \(lead)
    """
  }

  /// Over a lead's steps, the figures of ``v5CommitmentSelect(lead:)``, then what the strongest
  /// kept promise was and its currency, and what the next open step is and who owes it: the
  /// pipeline reads a lead's row alone, without looking up its steps.
  static func commitmentSelect(lead: String) -> String {
    """
    SELECT figures.*, kept.what, kept.currency, next.what, next.owner
    FROM (\(v5CommitmentSelect(lead: lead))) AS figures
    LEFT JOIN commitment AS kept ON kept.id = figures.keptId
    LEFT JOIN commitment AS next ON next.id = figures.nextId
    """
  }
}
