/// A debrief proposed from a call: the answers and their evidence, and the transcript's text
/// when the founder asked to keep it (`--keep-transcript`; otherwise nothing of it is stored).
public struct CallProposal: Sendable {
  public var debrief: CallDebrief
  public var transcript: String?

  public init(debrief: CallDebrief, transcript: String?) {
    self.debrief = debrief
    self.transcript = transcript
  }
}
