import Foundation
import Journal
import Vocabulary

/// The JSON that `leads`, `show` and `followups` print with `--json`: snake-case keys that
/// other tools rely on (`owner` is `us` or `them`; dates are ISO 8601), sorted, one document.
enum JournalJSON {
  /// A step as every JSON output shows it.
  struct Step: Encodable {
    var what: String
    var owner: Party
    var person: String?
    var due: DueDate?
    var status: Commitment.Status?
    var costs: Currency?

    init(_ step: OpenStep) {
      what = step.what
      owner = step.owner
      due = step.due
    }

    init(_ step: Commitment) {
      what = step.what
      owner = step.owner
      person = step.person
      due = step.due
      status = step.status
      costs = step.currency
    }
  }

  /// One line of `leads --json`.
  struct PipelineLine: Encodable {
    var name: String
    var company: String
    var stage: LeadStage
    var meetings: Int
    @Nullable var advanced: Bool?
    @Nullable var lastMeeting: JournalDay?
    @Nullable var lastAdvanced: JournalDay?
    @Nullable var nextStep: Step?
    var openSteps: Int
    var warnings: [String]

    init(_ row: PipelineRow) {
      name = row.lead.name
      company = row.lead.company
      stage = row.lead.stage
      meetings = row.meetingCount
      advanced = row.lastMeetingAdvanced
      lastMeeting = row.lastMeetingDay
      lastAdvanced = row.lastAdvancementDay
      nextStep = row.nextStep.map(Step.init)
      openSteps = row.openSteps
      warnings = row.warnings.map(\.summary)
    }

    enum CodingKeys: String, CodingKey {
      case name, company, stage, meetings, advanced, warnings
      case lastMeeting = "last_meeting"
      case lastAdvanced = "last_advanced"
      case nextStep = "next_step"
      case openSteps = "open_steps"
    }
  }

  /// One meeting of `show --json`.
  struct MeetingEntry: Encodable {
    var kind: Meeting.Kind
    var day: JournalDay
    var status: Meeting.Status
    var plannedAsk: String
    var reply: String
    @Nullable var verdict: Verdict?
    @Nullable var yourVerdict: Verdict?
    @Nullable var advanced: Bool?
    @Nullable var score: Int?
    var nextSteps: [Step]

    init(_ meeting: Meeting, steps: [Commitment]) {
      kind = meeting.kind
      day = meeting.day
      status = meeting.status
      plannedAsk = meeting.plannedAsk
      reply = meeting.reply
      verdict = meeting.verdict
      yourVerdict = meeting.yourVerdict
      advanced = meeting.advanced
      score = meeting.score
      nextSteps = steps.map(Step.init)
    }

    enum CodingKeys: String, CodingKey {
      case kind, day, status, reply, verdict, advanced, score
      case plannedAsk = "planned_ask"
      case yourVerdict = "your_verdict"
      case nextSteps = "next_steps"
    }
  }

  /// `show LEAD --json`.
  struct LeadStory: Encodable {
    var name: String
    var company: String
    var role: String
    var stage: LeadStage
    var meetings: [MeetingEntry]
    /// Steps recorded outside a meeting.
    var otherSteps: [Step]

    init(_ lead: Lead, meetings: [Meeting], steps: [Commitment]) {
      name = lead.name
      company = lead.company
      role = lead.role
      stage = lead.stage
      let byMeeting = Dictionary(grouping: steps) { $0.meetingId ?? "" }
      self.meetings = meetings.map { MeetingEntry($0, steps: byMeeting[$0.id] ?? []) }
      let known = Set(meetings.map(\.id))
      otherSteps = steps.filter { step in step.meetingId.map { !known.contains($0) } ?? true }
        .map(Step.init)
    }

    enum CodingKeys: String, CodingKey {
      case name, company, role, stage, meetings
      case otherSteps = "other_steps"
    }
  }

  /// One line of `followups --json`.
  struct FollowupLine: Encodable {
    var id: String
    var lead: String
    var company: String
    var what: String
    var owner: Party
    @Nullable var due: DueDate?
    var status: Commitment.Status
    @Nullable var daysOverdue: Int?

    init(_ followup: Followup) {
      id = followup.commitment.id
      lead = followup.leadName
      company = followup.leadCompany
      what = followup.commitment.what
      owner = followup.commitment.owner
      due = followup.commitment.due
      status = .promised
      daysOverdue = followup.daysOverdue
    }

    enum CodingKeys: String, CodingKey {
      case id, lead, company, what, owner, due, status
      case daysOverdue = "days_overdue"
    }
  }

  /// The text of `value`, pretty-printed with sorted keys.
  static func text(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}
