/// One lead as a CRM imports it (`advance export --format csv`): who, where they stand, how
/// the last meeting went, and the next open step.
///
/// A meeting here is a finished debrief (a prep is only the plan for one); "last" is the
/// latest by day, then by when it was written. The next open step is the promised one due
/// first, an undated one only when no open step has a date.
struct CRMRow: Hashable, Sendable {
  /// The header, in the column order of ``fields``.
  static let header = [
    "name", "company", "role", "stage", "meetings", "last_meeting", "last_verdict",
    "your_last_verdict", "last_advanced", "last_score", "next_step", "next_step_owner",
    "next_step_person", "next_step_due",
  ]

  /// The lead.
  var lead: Lead
  /// Its finished debriefs.
  var meetings: Int
  /// The latest finished debrief, if any.
  var last: Meeting?
  /// The open step due first, if any.
  var next: Commitment?

  /// The row of `lead` from its meetings and steps, in any order.
  init(lead: Lead, meetings: [Meeting], steps: [Commitment]) {
    self.lead = lead
    let debriefs = meetings.filter { $0.kind == .debrief && $0.status == .done }
    self.meetings = debriefs.count
    last = debriefs.max { ($0.day, $0.createdAt, $0.id) < ($1.day, $1.createdAt, $1.id) }
    next = steps.filter { $0.status == .promised }.min(by: Self.dueFirst)
  }

  /// Dated steps by due date, then undated ones; ties by when they were promised.
  static func dueFirst(_ lhs: Commitment, _ rhs: Commitment) -> Bool {
    switch (lhs.due, rhs.due) {
    case (let left?, let right?) where left != right: return left < right
    case (.some, nil): return true
    case (nil, .some): return false
    default: return (lhs.createdAt, lhs.id) < (rhs.createdAt, rhs.id)
    }
  }

  /// The cells, as text; `CSVWriter` quotes them and shows their control characters.
  var fields: [String] {
    [
      lead.name, lead.company, lead.role, lead.stage.rawValue, String(meetings),
      last?.day.description ?? "", last?.verdict?.rawValue ?? "",
      last?.yourVerdict?.rawValue ?? "", last?.advanced.map { $0 ? "yes" : "no" } ?? "",
      last?.score.map(String.init) ?? "", next?.what ?? "", next?.owner.rawValue ?? "",
      next?.person ?? "", next?.due?.description ?? "",
    ]
  }
}
