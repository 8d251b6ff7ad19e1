/// Reads speaker-labelled text, a turn a label.
///
/// `Dana Reyes: …`, optionally after a timestamp (`[00:47:33] Dana Reyes: …`,
/// `(12:05) Dana: …`, `00:47:33 Dana: …`). A line without a label
/// continues the turn above it; lines before the first label (a title) are left out.
struct PlainParser {
  let lines: [Substring]
  let sink: TurnSink

  private struct Open {
    var speaker: String
    var start: CallTime?
    var text: String
    var line: Int
  }

  /// Reads the turns; returns whether they had timestamps.
  func parse() -> Bool {
    var open: Open?
    var timed = false
    for (number, raw) in zip(1..., lines) {
      if sink.isFull { break }
      let line = raw.trimmingSpaces
      guard !line.isEmpty else { continue }
      var rest = line
      var start: CallTime?
      var stampColumn = 0
      if let (time, after, isStamp) = Self.timestamp(at: line) {
        guard let time else {
          if isStamp {
            sink.error(
              .badTimestamp, "expected a time like [00:47:33]", line: number,
              column: column(of: line.startIndex, in: raw) + 1)
            continue
          }
          appendContinuation(line, to: &open)
          continue
        }
        start = time
        rest = after
        stampColumn = column(of: after.startIndex, in: raw)
      }
      guard let label = SpeakerLabel.prefix(of: rest) else {
        if start != nil {
          sink.error(
            .missingSpeaker, "a timestamp should be followed by a speaker's name and a colon",
            line: number, column: stampColumn)
          continue
        }
        appendContinuation(line, to: &open)
        continue
      }
      if let finished = open { close(finished) }
      if start != nil { timed = true }
      open = Open(
        speaker: label.name, start: start, text: String(label.rest.trimmingSpaces), line: number)
    }
    if let finished = open { close(finished) }
    return timed
  }

  private func appendContinuation(_ line: Substring, to open: inout Open?) {
    guard var turn = open else { return }
    turn.text += (turn.text.isEmpty ? "" : " ") + line
    open = turn
  }

  private func close(_ open: Open) {
    guard open.text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
    sink.add(
      Turn(speaker: open.speaker, start: open.start, end: nil, text: open.text, line: open.line))
  }

  /// A timestamp opening a line: `[00:47:33]`, `(12:05)` or `00:47:33 `.
  ///
  /// - Returns: nil when the line does not open with one; else the time (nil when it is
  ///   malformed), the rest of the line, and whether the opening looked like a timestamp
  ///   (digits and colons) rather than words in brackets such as "(laughs)".
  static func timestamp(at line: Substring) -> (CallTime?, Substring, Bool)? {
    guard let first = line.first else { return nil }
    if first == "[" || first == "(" {
      let close: Character = first == "[" ? "]" : ")"
      guard let end = line.prefix(20).firstIndex(of: close) else { return nil }
      let inside = line[line.index(after: line.startIndex)..<end].trimmingSpaces
      let looksLikeTime =
        !inside.isEmpty && inside.first?.isNumber == true
        && inside.allSatisfy { $0.isNumber || $0 == ":" || $0 == "." || $0 == "," }
      guard looksLikeTime else {
        return inside.first?.isNumber == true && inside.contains(":") ? (nil, line, true) : nil
      }
      return (CallTime(inside), line[line.index(after: end)...].trimmingSpaces, true)
    }
    guard first.isNumber else { return nil }
    let token = line.prefix { $0 != " " && $0 != "\t" }
    guard token.contains(":"), token.count < line.count else { return nil }
    guard let time = CallTime(token) else { return nil }
    return (time, line[token.endIndex...].trimmingSpaces, true)
  }

  private func column(of index: Substring.Index, in text: Substring) -> Int {
    text.unicodeScalars[..<index].count + 1
  }
}
