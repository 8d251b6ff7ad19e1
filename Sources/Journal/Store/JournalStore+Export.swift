import Foundation
import GRDB
import Vocabulary

extension JournalStore {
  /// Everything in the journal, or everything about one lead, as plain values in stable order.
  ///
  /// - Parameter leadId: one lead's id, or `nil` for the whole journal (with drafts, practice
  ///   attempts and drill progress, which belong to no lead).
  /// - Returns: the records, in the order the JSON export writes them.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func snapshot(lead leadId: String? = nil) throws(JournalError) -> JournalSnapshot {
    try read { db in
      guard let leadId else {
        return JournalSnapshot(
          leads: try Lead.order(Column("createdAt"), Column("id")).fetchAll(db),
          meetings: try Meeting.order(Column("day"), Column("createdAt"), Column("id"))
            .fetchAll(db),
          answers: try Answer.order(Column("meetingId"), Column("questionId")).fetchAll(db),
          commitments: try Commitment.order(Column("createdAt"), Column("id")).fetchAll(db),
          commitmentChanges: try CommitmentChange.order(Column("at"), Column("id")).fetchAll(db),
          drafts: try Draft.order(Column("wizard"), Column("lead")).fetchAll(db),
          practiceAttempts: try Self.attempts(db), drillSittings: try Self.sittings(db),
          drillCards: try Self.cards(db))
      }
      let meetings = try Meeting.filter(Column("leadId") == leadId)
        .order(Column("day"), Column("createdAt"), Column("id")).fetchAll(db)
      let commitments = try Commitment.filter(Column("leadId") == leadId)
        .order(Column("createdAt"), Column("id")).fetchAll(db)
      return JournalSnapshot(
        leads: try Lead.filter(key: leadId).fetchAll(db),
        meetings: meetings,
        answers: try Answer.filter(meetings.map(\.id).contains(Column("meetingId")))
          .order(Column("meetingId"), Column("questionId")).fetchAll(db),
        commitments: commitments,
        commitmentChanges: try CommitmentChange.filter(
          commitments.map(\.id).contains(Column("commitmentId"))
        ).order(Column("at"), Column("id")).fetchAll(db),
        drafts: try Draft.filter(Column("lead") == leadId).order(Column("wizard")).fetchAll(db))
    }
  }

  /// The journal, or one lead, in an export format.
  ///
  /// - Parameters:
  ///   - format: the shape to write.
  ///   - leadId: one lead's id, or `nil` for all.
  ///   - now: the `DTSTAMP` of calendar events.
  /// - Returns: the text to write to a file or standard output.
  /// - Throws: `JournalError` when the journal cannot be read.
  public func export(
    _ format: ExportFormat, lead leadId: String? = nil, now: Date = Date()
  ) throws(JournalError) -> String {
    let snapshot = try snapshot(lead: leadId)
    switch format {
    case .json: return snapshot.jsonText()
    case .markdown: return Self.markdown(snapshot)
    case .csv: return Self.csv(snapshot)
    case .csvLeads: return Self.csvLeads(snapshot)
    case .csvCommitments: return Self.csvCommitments(snapshot)
    case .iCalendar: return Self.iCalendar(snapshot, now: now)
    }
  }

  static func markdown(_ snapshot: JournalSnapshot) -> String {
    let meetings = Dictionary(grouping: snapshot.meetings, by: \.leadId)
    let byId = Dictionary(snapshot.meetings.map { ($0.id, $0) }) { first, _ in first }
    let answers = Dictionary(grouping: snapshot.answers, by: \.meetingId).mapValues {
      $0.sorted { ($0.answeredAt, $0.questionId) < ($1.answeredAt, $1.questionId) }
    }
    let steps = Dictionary(grouping: snapshot.commitments, by: \.leadId)
    var writer = MarkdownWriter()
    for lead in snapshot.leads {
      writer.lead(lead)
      let leadSteps = steps[lead.id] ?? []
      let byMeeting = Dictionary(grouping: leadSteps.filter { $0.meetingId != nil }) {
        $0.meetingId ?? ""
      }
      for meeting in meetings[lead.id] ?? [] {
        let said = answers[meeting.id] ?? []
        let agreed = byMeeting[meeting.id] ?? []
        switch meeting.kind {
        case .prep:
          writer.prep(meeting, answers: said, steps: agreed)
        case .debrief:
          let prep = meeting.prepId.flatMap { byId[$0] }.map { ($0, answers[$0.id] ?? []) }
          writer.debrief(meeting, answers: said, prep: prep, steps: agreed)
        }
      }
      let loose = leadSteps.filter { $0.meetingId == nil }
      if !loose.isEmpty {
        writer.heading("Other next steps")
        for step in loose { writer.step(step) }
        writer.line("")
      }
    }
    return writer.output + "\n"
  }

  static func csv(_ snapshot: JournalSnapshot) -> String {
    let meetings = Dictionary(grouping: snapshot.meetings, by: \.leadId)
    let steps = Dictionary(grouping: snapshot.commitments, by: \.leadId)
    var csv = CSVWriter()
    csv.append(CRMRow.header)
    for lead in snapshot.leads {
      csv.append(
        CRMRow(lead: lead, meetings: meetings[lead.id] ?? [], steps: steps[lead.id] ?? []).fields)
    }
    return csv.output
  }

  static func csvLeads(_ snapshot: JournalSnapshot) -> String {
    var csv = CSVWriter()
    csv.append(["id", "name", "company", "role", "stage", "tags", "created", "updated"])
    for lead in snapshot.leads {
      csv.append([
        lead.id, lead.name, lead.company, lead.role, lead.stage.rawValue,
        lead.tags.joined(separator: "; "),
        ISOTimestamp.string(lead.createdAt), ISOTimestamp.string(lead.updatedAt),
      ])
    }
    return csv.output
  }

  static func csvCommitments(_ snapshot: JournalSnapshot) -> String {
    let leads = Dictionary(snapshot.leads.map { ($0.id, $0) }) { first, _ in first }
    var csv = CSVWriter()
    csv.append([
      "id", "lead_id", "lead", "company", "what", "owner", "person", "currency", "due",
      "status", "created", "updated",
    ])
    for step in snapshot.commitments {
      csv.append([
        step.id, step.leadId, leads[step.leadId]?.name ?? "", leads[step.leadId]?.company ?? "",
        step.what, step.owner.rawValue, step.person ?? "", step.currency?.rawValue ?? "",
        step.due?.description ?? "", step.status.rawValue,
        ISOTimestamp.string(step.createdAt), ISOTimestamp.string(step.updatedAt),
      ])
    }
    return csv.output
  }

  static func iCalendar(_ snapshot: JournalSnapshot, now: Date) -> String {
    let leads = Dictionary(snapshot.leads.map { ($0.id, $0) }) { first, _ in first }
    let changeCounts = Dictionary(grouping: snapshot.commitmentChanges, by: \.commitmentId)
      .mapValues(\.count)
    var calendar = ICalendarWriter()
    for step in snapshot.commitments {
      guard let due = step.due else { continue }
      let lead = leads[step.leadId]
      let title = Self.eventTitle(step, lead: lead)
      var body = ["Owner: \(step.owner.rawValue)\(step.person.map { " (\($0))" } ?? "")."]
      if let company = lead?.company, !company.isEmpty { body.append("Company: \(company).") }
      if let currency = step.currency { body.append("Currency: \(currency.rawValue).") }
      body.append("Status: \(step.status.rawValue).")
      calendar.event(
        uid: step.id + "@advance", stamp: now, due: due, summary: title,
        description: body.joined(separator: "\n"), cancelled: step.status == .cancelled,
        sequence: changeCounts[step.id] ?? 0,
        reminder: step.status == .promised ? "Due: " + title : nil)
    }
    return calendar.output
  }

  /// "Dana Reyes: them — she signs the order form": the lead, whose step it is (with the
  /// person when it is someone else than the lead), and the step; marked when it is no longer
  /// open.
  static func eventTitle(_ step: Commitment, lead: Lead?) -> String {
    var whose = step.owner.rawValue
    if let person = step.person, !Self.isLead(person, lead) { whose += " (\(person))" }
    let title = (lead.map { $0.name + ": " } ?? "") + whose + " — " + step.what
    switch step.status {
    case .promised: return title
    case .done: return "Done: " + title
    case .broken: return "Broken: " + title
    case .cancelled: return "Cancelled: " + title
    }
  }

  /// Whether a step's person is the lead: their name or first name, ignoring case.
  private static func isLead(_ person: String, _ lead: Lead?) -> Bool {
    guard let lead else { return false }
    let name = lead.name.lowercased()
    let first = name.split(separator: " ").first.map(String.init) ?? name
    return [name, first].contains(person.lowercased())
  }
}
