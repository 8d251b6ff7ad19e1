/// The per-lead figures the pipeline reads, as v5 keeps them: one SELECT per statistics table,
/// refreshed by triggers (`JournalSchema.createStatsTriggers`).
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

  /// Over a lead's steps: count, open ones, the earliest open due date, the last kept promise,
  /// whether any step is about money, the strongest kept promise's id, and the next open
  /// step's id (the earliest due, undated ones last).
  static func commitmentSelect(lead: String) -> String {
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
            LIMIT 1),
           (SELECT id FROM commitment
            WHERE leadId = \(lead) AND status = 'promised'
            ORDER BY due IS NULL, due, createdAt, id
            LIMIT 1)
    FROM commitment WHERE leadId = \(lead)
    """
  }
}
