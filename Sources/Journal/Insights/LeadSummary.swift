/// A lead with how much the journal holds about it: what `advance lead` shows, and what deleting
/// the lead would take with it.
public struct LeadSummary: Hashable, Sendable {
  /// The lead.
  public var lead: Lead
  /// Every meeting: preps and debriefs, finished or not.
  public var meetings: Int
  /// Finished debriefs: meetings that happened and were written up.
  public var debriefs: Int
  /// Every promised step, whatever its status.
  public var steps: Int
  /// Steps still promised.
  public var openSteps: Int

  /// Creates a summary.
  public init(lead: Lead, meetings: Int, debriefs: Int, steps: Int, openSteps: Int) {
    self.lead = lead
    self.meetings = meetings
    self.debriefs = debriefs
    self.steps = steps
    self.openSteps = openSteps
  }
}
