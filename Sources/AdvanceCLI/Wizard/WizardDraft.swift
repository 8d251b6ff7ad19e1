import PromptKit

/// What the journal keeps of an unfinished wizard: the engine's state, the meeting its answers
/// go to, and any notes typed so far for the question being answered.
struct WizardDraft: Codable {
  var meetingID: String
  var state: WizardState
  var partialNotes: [String] = []
}
