import Vocabulary

/// The thresholds behind `today`'s "gone quiet" list, per stage of an open lead.
///
/// Closed leads (won, lost, parked) are never watched.
public struct AgendaRules: Hashable, Sendable {
  /// What one stage's leads are held to.
  public struct Thresholds: Hashable, Sendable {
    /// Days without a meeting or a kept promise (and nothing booked) before a lead has gone
    /// quiet.
    public var quietDays: Int
    /// Days ahead within which a met lead should have a dated next step (or a booked
    /// meeting); `nil` to leave it unwatched.
    public var nextStepDays: Int?

    /// Creates thresholds.
    public init(quietDays: Int, nextStepDays: Int?) {
      self.quietDays = quietDays
      self.nextStepDays = nextStepDays
    }
  }

  /// The thresholds of each open stage.
  public var stages: [LeadStage: Thresholds]
  /// Days back a prepped meeting without a debrief stays on the to-do list.
  public var missedDebriefDays: Int

  /// Creates rules; stages left out get the defaults.
  public init(stages: [LeadStage: Thresholds] = [:], missedDebriefDays: Int = 14) {
    self.stages = Self.defaultStages.merging(stages) { _, given in given }
    self.missedDebriefDays = missedDebriefDays
  }

  /// A lead added and not met is chased within a week; a lead met should hear from you and
  /// have a dated step within two weeks, or the deal is drifting; a pilot is checked on weekly,
  /// since pilots die quietly.
  public static let defaultStages: [LeadStage: Thresholds] = [
    .new: Thresholds(quietDays: 7, nextStepDays: nil),
    .met: Thresholds(quietDays: 14, nextStepDays: 14),
    .piloting: Thresholds(quietDays: 7, nextStepDays: 7),
  ]

  /// The stages that can be given thresholds: the open ones.
  public static let watchedStages = LeadStage.allCases.filter { !$0.isClosed }
}
