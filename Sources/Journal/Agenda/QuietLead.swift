import Vocabulary

/// An open lead the founder has let drift, by the stage's thresholds (``AgendaRules``).
public struct QuietLead: Hashable, Sendable {
  /// Why it is listed.
  public enum Reason: Hashable, Sendable {
    /// No meeting and no kept promise for this many days, and nothing booked.
    case quiet(days: Int)
    /// Met, but no next step dated within the stage's days and no meeting booked.
    case noDatedStep(withinDays: Int)
  }

  /// The lead.
  public var lead: PipelineLead
  /// Why.
  public var reason: Reason
}
