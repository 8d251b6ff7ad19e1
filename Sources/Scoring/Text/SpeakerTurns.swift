/// A text split at its speaker labels ("Founder: …", "Them: …", "[00:47:33] Dana Ruiz: …"), so
/// that only the prospect's words are judged.
public struct SpeakerTurns: Sendable, Hashable {
  /// One stretch of speech.
  public struct Turn: Sendable, Hashable {
    /// The label as written, without its timestamp.
    public var speaker: String
    /// Whether the speaker is on the founder's side.
    public var isFounder: Bool
    /// What they said.
    public var text: String
  }

  /// The turns, in order; empty when the text has no speaker labels.
  public let turns: [Turn]

  private static let founderLabels: Set<String> = [
    "founder", "co-founder", "cofounder", "me", "us", "we", "i", "rep", "sales", "seller",
    "vendor", "interviewer", "host", "ae", "sdr",
  ]
  private static let prospectLabels: Set<String> = [
    "prospect", "them", "they", "client", "customer", "buyer", "lead", "guest", "interviewee",
  ]
  /// Words before a colon that head a line of an email or a note, not a speaker.
  private static let notSpeakers: Set<String> = [
    "subject", "re", "fw", "fwd", "ps", "note", "notes", "update", "edit", "cc", "bcc", "to",
    "from", "sent", "date", "attachment", "attachments", "summary", "agenda", "action", "q", "a",
    "tldr", "hi", "dear", "hello", "hey", "thanks", "regards", "p", "step", "next", "why",
    "example", "answer", "question", "important", "nb", "urgent", "fyi", "status", "reason",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
    "tomorrow", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "option", "plan", "price", "pricing",
    "cost", "budget", "timeline", "scope", "deliverables", "p.s", "ok", "okay", "yes", "no",
  ]

  /// Splits a text at its speaker labels.
  ///
  /// - Parameters:
  ///   - text: A reply or a transcript.
  ///   - founders: Names known to be on the founder's side (compared case-insensitively).
  public init(_ text: String, founders: Set<String> = []) {
    // Most replies have no colon at all: no labels to look for.
    guard text.utf8.contains(UInt8(ascii: ":")) else {
      turns = []
      return
    }
    let labels = Self.labels(in: text)
    let known = labels.contains {
      let name = $0.name.lowercased()
      return Self.founderLabels.contains(name) || Self.prospectLabels.contains(name)
        || founders.contains(name)
    }
    let distinct = Set(labels.map { $0.name.lowercased() })
    guard !labels.isEmpty, known || (distinct.count >= 2 && labels.count >= 2) else {
      turns = []
      return
    }
    // Named speakers and no side given: the last to speak answers the ask.
    let lastSpeaker = labels.last.map { $0.name.lowercased() } ?? ""
    var turns: [Turn] = []
    for (position, label) in labels.enumerated() {
      let end = position + 1 < labels.count ? labels[position + 1].start : text.endIndex
      let said = Substring(text[label.end..<end]).trimmingSpaces()
      let name = label.name.lowercased()
      let isFounder: Bool
      if Self.founderLabels.contains(name) || founders.contains(name) {
        isFounder = true
      } else if Self.prospectLabels.contains(name) || known {
        isFounder = false
      } else {
        isFounder = name != lastSpeaker
      }
      turns.append(Turn(speaker: label.name, isFounder: isFounder, text: said))
    }
    self.turns = turns
  }

  /// The prospect's words, one turn a line.
  ///
  /// The whole text when it has no labels or no prospect turn; an email's greeting and
  /// signature are left out too.
  public static func prospectWords(_ text: String) -> String {
    let turns = SpeakerTurns(text).turns
    let theirs = turns.filter { !$0.isFounder && !$0.text.isEmpty }.map(\.text)
    return MessageBody.of(theirs.isEmpty ? text : theirs.joined(separator: "\n"))
  }

  private struct Label {
    var name: String
    var start: String.Index
    var end: String.Index
  }

  /// Speaker labels: at the start of the text or after a space or line break, an optional
  /// `[hh:mm:ss]`, one to three capitalised words (or a known side), a colon and a space.
  private static func labels(in text: String) -> [Label] {
    var labels: [Label] = []
    var index = text.startIndex
    var atBoundary = true
    while index < text.endIndex {
      let character = text[index]
      if atBoundary, let label = label(in: text, at: index) {
        labels.append(label)
        index = label.end
        atBoundary = true
        continue
      }
      atBoundary = character.isWhitespace
      index = text.index(after: index)
    }
    return labels
  }

  private static func label(in text: String, at start: String.Index) -> Label? {
    var index = start
    // An optional timestamp: [00:47:33] or (12:05).
    if let open = text[index...].first, open == "[" || open == "(" {
      let close: Character = open == "[" ? "]" : ")"
      guard let end = text[index...].prefix(14).firstIndex(of: close) else { return nil }
      let inside = text[text.index(after: index)..<end]
      guard !inside.isEmpty, inside.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." }) else {
        return nil
      }
      index = text.index(after: end)
      while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
    }
    let nameStart = index
    var words = 0
    var wordStart = true
    var firstWord = ""
    while index < text.endIndex {
      let character = text[index]
      if character == ":" { break }
      if character == " " {
        if wordStart { return nil }
        wordStart = true
      } else if character.isLetter || character == "-" || character == "." || character == "'" {
        if wordStart {
          words += 1
          if words > 3 { return nil }
          wordStart = false
        }
        if words == 1 { firstWord.append(character) }
      } else {
        return nil
      }
      index = text.index(after: index)
      if text.distance(from: nameStart, to: index) > 32 { return nil }
    }
    guard index < text.endIndex, words > 0, !wordStart else { return nil }
    let name = String(text[nameStart..<index])
    let after = text.index(after: index)
    guard after < text.endIndex, text[after].isWhitespace else { return nil }
    let lower = name.lowercased()
    let sideLabel = founderLabels.contains(lower) || prospectLabels.contains(lower)
    if !sideLabel {
      guard !notSpeakers.contains(firstWord.lowercased()),
        name.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true })
      else { return nil }
    }
    return Label(name: name, start: start, end: after)
  }
}
