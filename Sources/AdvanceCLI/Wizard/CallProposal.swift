import Workflow

/// A debrief proposed from a call: the answers and their evidence, and the transcript's text
/// when the founder asked to keep it (`--keep-transcript`; otherwise nothing of it is stored).
struct CallProposal {
  var debrief: CallDebrief
  var transcript: String?
}
