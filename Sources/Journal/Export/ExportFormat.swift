/// The shapes `advance export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Meeting notes to paste into a notes tool.
  case markdown = "md"
  /// Everything, versioned; `advance import` reads it back.
  case json
  /// Leads for a CRM import, one per row: where each stands, its last meeting and its next
  /// open step (``CRMRow``).
  case csv
  /// The lead table as the journal keeps it, one lead per row.
  case csvLeads = "csv-leads"
  /// Promised steps, one per row, for a CRM import.
  case csvCommitments = "csv-commitments"
  /// One calendar event per dated step, with a reminder for each open one.
  case iCalendar = "ics"
}
