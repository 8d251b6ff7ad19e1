/// Something an ask lacks, as a value; the words shown for it live in ``message``.
public enum AskGap: String, Sendable, Hashable, Codable, CaseIterable {
  /// It names no one thing they would do.
  case what
  /// It costs them nothing: no time, reputation or money.
  case cost
  /// It has no day or time.
  case when
  /// It names no one: for an intro, the person or role to meet.
  case who
  /// Too big for the stage: money in a first conversation.
  case tooBig = "too-big"
  /// Too small for the stage: another chat when they could buy.
  case tooSmall = "too-small"
  /// It gives no real chance to say no: "what do you think?", "let me know".
  case noChanceToSayNo = "no-chance-to-say-no"

  /// The plain words for the gap.
  public var message: String {
    switch self {
    case .what: "what: name the one thing they would do (an intro, a meeting, a pilot, a pre-order)"
    case .cost: "cost: something they give up: time, their reputation or money"
    case .when: "when: a day and a time, not \u{201C}sometime\u{201D}"
    case .who: "who: say who takes part, or for an intro the person or role you want to meet"
    case .tooBig: "right size: that is a big ask this early; an intro or a trial may fit better"
    case .tooSmall:
      "right size: at this stage ask for more than a chat: a pilot, an LOI, a pre-order"
    case .noChanceToSayNo:
      "a chance to say no: end with a question they can answer yes or no"
    }
  }
}
