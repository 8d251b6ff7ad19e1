/// The shapes `advance export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
  /// Meeting notes to paste into a notes tool.
  case markdown = "md"
  /// Everything, versioned; `advance import` reads it back.
  case json
  /// Leads, one per row, for a CRM import.
  case csvLeads = "csv-leads"
  /// Promised steps, one per row, for a CRM import.
  case csvCommitments = "csv-commitments"
  /// One calendar event per dated step.
  case iCalendar = "ics"
}
