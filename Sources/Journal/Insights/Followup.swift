import Vocabulary

/// An open promised step, with the lead it concerns and how late it is.
public struct Followup: Hashable, Sendable {
  /// The step.
  public var commitment: OpenStep
  /// The lead's name.
  public var leadName: String
  /// The lead's company.
  public var leadCompany: String
  /// Days past the due day; `nil` when not overdue or undated.
  public var daysOverdue: Int?

  init(commitment: OpenStep, leadName: String, leadCompany: String, today: JournalDay) {
    self.commitment = commitment
    self.leadName = leadName
    self.leadCompany = leadCompany
    if let due = commitment.due, due.day < today {
      daysOverdue = due.day.days(to: today)
    } else {
      daysOverdue = nil
    }
  }
}
