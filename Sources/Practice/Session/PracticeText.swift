import Foundation

/// The words of a practice round, as plain lines: the terminal presenter prints them as they
/// are, and the golden transcripts compare them verbatim.
public enum PracticeText {
  /// The prompt the line editor shows; a pipe shows none.
  public static let prompt = "you> "

  /// The lines that show `event`.
  public static func lines(for event: PracticeRound.Event, in round: PracticeRound) -> [String] {
    let persona = round.persona
    let first = firstName(persona.name)
    switch event {
    case .scene(let persona):
      return scene(persona)
    case .founderAsks(let question):
      return ["you: " + question]
    case .personaSays(let text):
      return block(first + ": ", text)
    case .askGraded(let assessment):
      return ["ask: " + gradeLine(assessment)] + missing(assessment)
    case .questionFeedback(let hints):
      return ["  (a trap in that question)"] + hints.map { "    - " + $0 }
    case .problem(let message):
      return [message]
    case .card(let card):
      return self.card(card, speaker: first)
    case .finished:
      return finished(round.attempts)
    }
  }

  /// What to show before waiting for `prompt`.
  public static func introduction(to prompt: PracticeRound.Prompt, in round: PracticeRound)
    -> [String]
  {
    let first = firstName(round.persona.name)
    switch prompt {
    case .learning(let index, let suggested):
      var lines: [String] = []
      if index == 0 {
        lines += [
          "",
          "Learn first: ask about what they did, not what they would do. Enter asks the",
          "suggested question; 'skip' goes straight to your ask.",
        ]
      }
      lines.append("suggested: " + suggested)
      return lines
    case .ask(let attempt):
      if attempt == 1 {
        return [
          "",
          "Now the push. Ask \(first) for a concrete next step: what they give up, when, with whom.",
        ]
      }
      return ["", "Same scene, attempt \(attempt). Make your ask."]
    case .reading:
      return [
        "How do you read that? commitment, hedge or rejection; for a commitment, what it costs"
          + " (time, reputation, money)."
      ]
    case .again:
      return ["Ask again in this scene? (y/n)"]
    }
  }

  static func scene(_ persona: Persona) -> [String] {
    var lines = [
      "Practice: \(persona.name), \(persona.role), \(persona.company)",
      "Your stage: \(persona.stage.rawValue)",
      "",
    ]
    lines += block("The scene: ", persona.scene)
    lines += block("Who they are: ", persona.background)
    if !persona.caresAbout.isEmpty {
      lines.append("They care about:")
      lines += persona.caresAbout.map { "  - " + $0 }
    }
    return lines
  }

  static func card(_ card: PracticeCard, speaker: String) -> [String] {
    var lines = ["", "---- how it went ----"]
    lines += block("You asked: ", card.ask)
    lines.append("Your ask: " + gradeLine(card.assessment))
    lines += missing(card.assessment)
    lines += block("\(speaker) said: ", card.reply)
    lines.append("Your reading: " + card.reading.summary)
    if !card.reasons.isEmpty {
      lines.append("Why:")
      lines += card.reasons.map { "  - " + $0 }
    }
    if card.assessment.quality != .crisp {
      if let better = card.betterWording {
        lines += block("Your ask, sharper: ", better)
      }
      lines += block("An ask that works here: ", card.exampleAsk)
    }
    lines += block("Lesson: ", card.lesson)
    lines.append("--------------------")
    return lines
  }

  static func finished(_ attempts: [PracticeAttempt]) -> [String] {
    guard let best = attempts.map(\.askScore).max() else {
      return ["No ask made this time."]
    }
    let reads = attempts.filter { $0.readingScore == 100 }.count
    let noun = attempts.count == 1 ? "ask" : "asks"
    return [
      "\(attempts.count) \(noun), best \(best)/100; replies read right: \(reads) of \(attempts.count)."
    ]
  }

  static func missing(_ assessment: AskAssessment) -> [String] {
    guard !assessment.missing.isEmpty else { return [] }
    return ["  missing:"] + assessment.missing.map { "    - " + $0 }
  }

  static func gradeLine(_ assessment: AskAssessment) -> String {
    "\(assessment.grade.rawValue) (\(assessment.score)/100), "
      + description(of: assessment.quality)
  }

  static func description(of quality: AskQuality) -> String {
    switch quality {
    case .vague: return "nothing concrete to say yes or no to"
    case .oversized: return "too big for this stage"
    case .undated: return "concrete, but open-ended"
    case .crisp: return "concrete, right-sized, with a real chance to say no"
    }
  }

  /// `label` then the text on the same line when it is one line; else the label alone and the
  /// text's lines indented under it.
  static func block(_ label: String, _ text: String) -> [String] {
    let body = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let trimmed = Array(
      body.reversed().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed())
    guard trimmed.count > 1 else { return [label + (trimmed.first ?? "")] }
    return [label.trimmingCharacters(in: .whitespaces)] + trimmed.map { "  " + $0 }
  }

  static func firstName(_ name: String) -> String {
    name.split(separator: " ").first.map(String.init) ?? name
  }
}
