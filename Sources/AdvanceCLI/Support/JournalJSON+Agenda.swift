import Journal
import Vocabulary

extension JournalJSON {
  /// `today --json`: one document, every list present even when empty.
  struct AgendaDocument: Encodable {
    struct MeetingLine: Encodable {
      var lead: String
      var company: String
      var at: DueDate
      var prep: String

      init(_ meeting: ScheduledMeeting) {
        lead = meeting.lead.name
        company = meeting.lead.company
        at = meeting.at
        prep = AgendaPresenter.prepStatus(meeting)
      }
    }

    struct QuietLine: Encodable {
      var lead: String
      var company: String
      var stage: LeadStage
      var reason: String
      var days: Int

      init(_ quiet: QuietLead) {
        lead = quiet.lead.name
        company = quiet.lead.company
        stage = quiet.lead.stage
        switch quiet.reason {
        case .quiet(let days):
          reason = "quiet"
          self.days = days
        case .noDatedStep(let within):
          reason = "no-dated-step"
          days = within
        }
      }
    }

    var today: JournalDay
    var meetings: [MeetingLine]
    var debriefsToWrite: [MeetingLine]
    var due: [FollowupLine]
    var quiet: [QuietLine]

    init(_ agenda: Agenda) {
      today = agenda.today
      meetings = (agenda.meetingsToday + agenda.meetingsTomorrow).map(MeetingLine.init)
      debriefsToWrite = agenda.missedDebriefs.map(MeetingLine.init)
      due = agenda.dueSteps.map(FollowupLine.init)
      quiet = agenda.quiet.map(QuietLine.init)
    }

    enum CodingKeys: String, CodingKey {
      case today, meetings, due, quiet
      case debriefsToWrite = "debriefs_to_write"
    }
  }
}
