import Foundation
import Journal
import Vocabulary

extension JournalJSON {
  /// One hit of `search --json`: the snippet with each match between `**`.
  struct SearchLine: Encodable {
    var kind: String
    var lead: String
    var company: String
    var stage: LeadStage
    var day: JournalDay
    var meetingId: String?
    var stepId: String?
    var snippet: String

    init(_ hit: SearchHit) {
      kind = hit.kind.rawValue
      lead = hit.leadName
      company = hit.leadCompany
      stage = hit.leadStage
      day = hit.day
      meetingId = hit.meetingId
      stepId = hit.stepId
      snippet = hit.snippet.replacingOccurrences(of: String(SearchHit.matchStart), with: "**")
        .replacingOccurrences(of: String(SearchHit.matchEnd), with: "**")
    }

    enum CodingKeys: String, CodingKey {
      case kind, lead, company, stage, day, snippet
      case meetingId = "meeting_id"
      case stepId = "step_id"
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(kind, forKey: .kind)
      try container.encode(lead, forKey: .lead)
      try container.encode(company, forKey: .company)
      try container.encode(stage, forKey: .stage)
      try container.encode(day, forKey: .day)
      try container.encode(meetingId, forKey: .meetingId)
      try container.encode(stepId, forKey: .stepId)
      try container.encode(snippet, forKey: .snippet)
    }
  }
}
