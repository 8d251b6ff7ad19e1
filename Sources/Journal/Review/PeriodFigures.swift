import Vocabulary

/// What a stretch of days held, as the journal records it: the figures `review` compares.
///
/// Every figure reads the meeting record as it is stored: finished debriefs on their day, the
/// stored `advanced`, the stored fact, compliment and earlyvangelist counts, and steps marked
/// kept or broken on their day (a kept promise of theirs is ``KeptPromise``'s rule).
public struct PeriodFigures: Hashable, Sendable {
  /// One day's meetings.
  public struct Day: Hashable, Sendable {
    public var held = 0
    public var advanced = 0
  }

  /// An ask made in a meeting of the period, with the stage to grade it for.
  public struct Ask: Hashable, Sendable {
    /// What the founder said they asked for.
    public var text: String
    /// The prep's stage when the meeting had one, else a first conversation for the lead's
    /// first debrief and a follow-up after that.
    public var stage: Stage
  }

  /// The first and last day, both included.
  public var from: JournalDay
  public var through: JournalDay
  /// Finished debriefs: meetings held and written up.
  public var held = 0
  /// Of those, how many advanced.
  public var advanced = 0
  /// The judge's verdicts of those meetings.
  public var verdicts: [Verdict: Int] = [:]
  /// Steps marked done in the period, by owner.
  public var kept: [Party: Int] = [:]
  /// Steps marked broken in the period, by owner.
  public var broken: [Party: Int] = [:]
  /// Facts about past behaviour and compliments heard in the notes.
  public var facts = 0
  public var compliments = 0
  /// Leads showing enough earlyvangelist signs in a meeting of the period, by name.
  public var earlyvangelists: [String] = []
  /// The asks made, by day.
  public var asks: [Ask] = []
  /// Meetings day by day, every day of the period in order.
  public var days: [Day] = []

  /// The number of days.
  public var length: Int { from.days(to: through) + 1 }

  /// Advanced meetings as a percentage of those held; nil when none was held.
  public var advancementRate: Int? {
    held == 0 ? nil : Int((Double(advanced) * 100 / Double(held)).rounded())
  }
}
