/// A step promised at the end of a meeting: what happens, who must act, by when, and what it
/// costs the prospect when they own it and it is a real commitment.
public struct NextStep: Sendable, Hashable, Codable {
  /// What happens, in the founder's words.
  public var what: String
  /// The side that must act for it to happen.
  public var owner: Party
  /// The person who acts, when the step names one ("Dana", "their CFO").
  public var person: String?
  /// When it is due, if a date was given.
  public var due: DueDate?
  /// What the step costs the prospect, in the canonical order; empty for the founder's own
  /// homework and for a step that is only a polite stall ("they'll get back to me").
  public var costs: [Currency]

  /// Creates a step; costs are kept only for steps the prospect owns.
  public init(
    what: String, owner: Party, person: String? = nil, due: DueDate? = nil,
    costs: [Currency] = []
  ) {
    self.what = what
    self.owner = owner
    self.person = person
    self.due = due
    self.costs = owner == .them ? Array(Set(costs)).sorted() : []
  }

  /// Whether the step is itself a commitment: the prospect owns it and it costs them something.
  public var isCommitment: Bool { owner == .them && !costs.isEmpty }
}
