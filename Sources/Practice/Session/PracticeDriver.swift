/// Plays a practice round through two functions, one that reads a line and one that writes a
/// line: the terminal and the golden-transcript tests run the very same loop.
public enum PracticeDriver {
  /// Runs `round` from the start until it finishes or input ends.
  ///
  /// - Parameters:
  ///   - round: The round to play; it holds the attempts afterwards.
  ///   - read: Returns the founder's next line, given the prompt, or nil at the end of input.
  ///   - write: Shows one line.
  ///   - store: Keeps each attempt the moment its reading is graded, before the card is shown.
  /// - Returns: True when the round finished, false when input ended first.
  /// - Throws: `ProgressStoreError` when an attempt cannot be kept; the round stops there.
  @discardableResult
  public static func run(
    _ round: inout PracticeRound, read: (String) -> String?, write: (String) -> Void,
    store: some ProgressStore
  ) throws(ProgressStoreError) -> Bool {
    show(round.start(), of: round, write)
    var introduced: PracticeRound.Prompt?
    while let prompt = round.prompt {
      if introduced != prompt {
        PracticeText.introduction(to: prompt, in: round).forEach(write)
        introduced = prompt
      }
      guard let line = read(PracticeText.prompt) else { return false }
      let kept = round.attempts.count
      let events = round.answer(line)
      for attempt in round.attempts.dropFirst(kept) {
        try store.record(attempt)
      }
      show(events, of: round, write)
    }
    return true
  }

  private static func show(
    _ events: [PracticeRound.Event], of round: PracticeRound, _ write: (String) -> Void
  ) {
    for event in events {
      PracticeText.lines(for: event, in: round).forEach(write)
    }
  }
}
