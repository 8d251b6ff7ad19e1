/// The words of a drill session, as plain lines for the terminal and the tests alike.
public enum DrillText {
  public static let prompt = "reading> "

  public static func opening(_ session: DrillSession, deckSize: Int) -> [String] {
    guard !session.cards.isEmpty else { return ["The drill deck is empty."] }
    return [
      "Drill: \(session.cards.count) replies from a deck of \(deckSize). For each, type"
        + " commitment, hedge or rejection",
      "(c, h, r), and for a commitment what it costs: time, reputation, money. 'q' stops.",
    ]
  }

  public static func question(_ card: DrillCard, number: Int, of total: Int) -> [String] {
    ["", "\(number)/\(total)  \"\(card.reply)\""]
  }

  public static func feedback(_ feedback: DrillSession.Feedback) -> [String] {
    var lines = ["  " + feedback.grade.summary, "  why: " + feedback.card.reason]
    if let differs = feedback.card.differs {
      lines.append("  note: " + differs.split(separator: "\n").joined(separator: " "))
    }
    return lines
  }

  public static func summary(_ session: DrillSession) -> [String] {
    let answered = session.feedback.count
    guard answered > 0 else { return ["No cards answered."] }
    var lines = [
      "", "Score: \(session.score)/100; exactly right: \(session.correct) of \(answered).",
    ]
    let missed = session.feedback.filter { !$0.grade.isExact }.count
    if missed > 0 {
      lines.append("The \(missed) missed come back next session; the rest come back later.")
    }
    return lines
  }
}
