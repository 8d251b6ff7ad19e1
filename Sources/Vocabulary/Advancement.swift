/// Whether a meeting moved the lead forward: the one definition every screen and export uses.
///
/// The meeting advanced when the prospect gave up time, reputation or money concretely: in the
/// reply itself, or in a next step they own that is itself a commitment. The founder's own
/// homework never counts, a step that only stalls ("they'll get back to me") is not one, and
/// after a clear no nothing advanced, whatever steps were written down.
public struct Advancement: Sendable, Hashable, Codable {
  /// Why the meeting did or did not advance.
  public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
    /// The reply was a commitment.
    case replyCommitted = "reply-committed"
    /// A next step the prospect owns is a commitment.
    case theirStep = "their-step"
    /// A clear no.
    case rejected
    /// Every next step is the founder's own homework.
    case onlyOurSteps = "only-our-steps"
    /// Their steps, if any, cost them nothing, and the reply was a hedge.
    case nothingGiven = "nothing-given"
    /// A hedge and no next step at all.
    case noStep = "no-step"
  }

  /// Whether the meeting advanced.
  public var advanced: Bool
  /// Why.
  public var reason: Reason
  /// What the advance costs the prospect, in the canonical order; empty when it did not advance.
  public var costs: [Currency]

  /// Decides from the verdict that stands, the reply's currencies and the next steps.
  ///
  /// - Parameters:
  ///   - verdict: The verdict that stands (the founder's, once they have seen the judge's).
  ///   - replyCosts: What the reply gives up, when it is a commitment.
  ///   - steps: The meeting's next steps.
  public init(verdict: Verdict, replyCosts: [Currency], steps: [NextStep]) {
    let theirs = steps.filter(\.isCommitment)
    switch verdict {
    case .rejection:
      self.init(false, .rejected)
    case .commitment:
      self.init(true, .replyCommitted, replyCosts + theirs.flatMap(\.costs))
    case .hedge where !theirs.isEmpty:
      self.init(true, .theirStep, theirs.flatMap(\.costs))
    case .hedge where steps.isEmpty:
      self.init(false, .noStep)
    case .hedge where steps.allSatisfy({ $0.owner == .us }):
      self.init(false, .onlyOurSteps)
    case .hedge:
      self.init(false, .nothingGiven)
    }
  }

  private init(_ advanced: Bool, _ reason: Reason, _ costs: [Currency] = []) {
    self.advanced = advanced
    self.reason = reason
    self.costs = Array(Set(costs)).sorted()
  }
}
