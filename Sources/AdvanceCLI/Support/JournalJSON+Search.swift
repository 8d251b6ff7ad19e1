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
    @Nullable var meetingId: String?
    @Nullable var stepId: String?
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
  }
}
