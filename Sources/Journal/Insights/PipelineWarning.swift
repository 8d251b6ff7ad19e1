/// Something about a lead the founder should act on, in the spirit of deal-watching sales tools.
public enum PipelineWarning: String, CaseIterable, Codable, Hashable, Sendable {
  /// An open step is past its due day.
  case nextStepOverdue = "next-step-overdue"
  /// The lead was met but no step is open: nobody owes anybody anything.
  case noNextStep = "no-next-step"
  /// Two or more finished meetings in a row ended without a commitment.
  case zombie
  /// Meetings so far yielded compliments but no facts and no commitments.
  case onlyCompliments = "only-compliments"
  /// The lead shows earlyvangelist signs and was never asked for money.
  case earlyvangelistNotAskedForMoney = "earlyvangelist-not-asked-for-money"

  /// A short phrase for a pipeline line.
  public var summary: String {
    switch self {
    case .nextStepOverdue: return "next step overdue"
    case .noNextStep: return "no next step since the last meeting"
    case .zombie: return "meetings keep ending without a commitment"
    case .onlyCompliments: return "only compliments so far"
    case .earlyvangelistNotAskedForMoney: return "earlyvangelist never asked for money"
    }
  }
}
