import PromptKit

/// What the journal keeps of an unfinished wizard: the engine's state, the meeting its answers
/// go to, and any notes typed so far for the question being answered.
public struct WizardDraft: Codable, Sendable {
  public var meetingID: String
  public var state: WizardState
  public var partialNotes: [String] = []

  public init(meetingID: String, state: WizardState, partialNotes: [String] = []) {
    self.meetingID = meetingID
    self.state = state
    self.partialNotes = partialNotes
  }
}
