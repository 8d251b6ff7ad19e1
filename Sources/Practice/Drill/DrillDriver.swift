import Foundation

/// Plays a drill session through a line reader and a line writer, for the terminal and the tests.
public enum DrillDriver {
  /// Shows each card, takes readings until the cards run out, `q` is typed or input ends.
  ///
  /// Each answer goes to `store` before its feedback is shown, so a sitting cut short keeps every
  /// card answered.
  ///
  /// - Returns: The session as played; its `finalState` is the new spaced repetition state.
  /// - Throws: `ProgressStoreError` when an answer cannot be kept; the drill stops there.
  public static func run(
    _ session: DrillSession, deckSize: Int, read: (String) -> String?,
    write: (String) -> Void, store: some ProgressStore
  ) throws(ProgressStoreError) -> DrillSession {
    var session = session
    DrillText.opening(session, deckSize: deckSize).forEach(write)
    var shown: String?
    while let card = session.current {
      if shown != card.id {
        DrillText.question(card, number: session.position + 1, of: session.cards.count)
          .forEach(write)
        shown = card.id
      }
      guard let line = read(DrillText.prompt) else { break }
      let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
      if trimmed == "q" || trimmed == "quit" { break }
      let result: DrillSession.Feedback?
      do {
        result = try session.answer(line)
      } catch {
        write("  " + error.message)
        continue
      }
      if let answer = session.latestAnswer {
        try store.record(answer)
      }
      if let result {
        DrillText.feedback(result).forEach(write)
      }
    }
    DrillText.summary(session).forEach(write)
    return session
  }
}
