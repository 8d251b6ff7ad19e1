import Foundation

/// Plays a drill session through a line reader and a line writer, for the terminal and the tests.
public enum DrillDriver {
  /// Shows each card, takes readings until the cards run out, `q` is typed or input ends.
  ///
  /// - Returns: The session as played; its `finalState` is the new spaced repetition state.
  public static func run(
    _ session: DrillSession, deckSize: Int, read: (String) -> String?,
    write: (String) -> Void
  ) -> DrillSession {
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
      do {
        if let result = try session.answer(line) {
          DrillText.feedback(result).forEach(write)
        }
      } catch {
        write("  " + error.message)
      }
    }
    DrillText.summary(session).forEach(write)
    return session
  }
}
