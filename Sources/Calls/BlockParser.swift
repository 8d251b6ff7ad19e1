/// Reads blocks headed by a speaker and a time (`Dana Reyes  0:03`), the words on the lines
/// below, up to the next heading.
struct BlockParser {
  let lines: [Substring]
  let sink: TurnSink

  /// The heading a line holds: a name, spaces, and a time at the end.
  static func heading(_ line: Substring) -> (name: Substring, time: CallTime)? {
    let trimmed = line.trimmingSpaces
    guard let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
    let stamp = trimmed[trimmed.index(after: space)...]
    guard stamp.first?.isNumber == true, stamp.contains(":"), let time = CallTime(stamp) else {
      return nil
    }
    let name = trimmed[..<space].trimmingSpaces
    guard SpeakerLabel.isName(name) else { return nil }
    return (name, time)
  }

  func parse() {
    var open: Turn?
    for (number, raw) in zip(1..., lines) {
      if sink.isFull { break }
      let line = raw.trimmingSpaces
      guard !line.isEmpty else { continue }
      if let (name, time) = Self.heading(line) {
        if let finished = open { close(finished) }
        open = Turn(speaker: String(name), start: time, end: nil, text: "", line: number + 1)
        continue
      }
      guard var turn = open else { continue }
      turn.text += (turn.text.isEmpty ? "" : " ") + line
      open = turn
    }
    if let finished = open { close(finished) }
  }

  private func close(_ turn: Turn) {
    guard turn.text.contains(where: { $0.isLetter || $0.isNumber }) else { return }
    sink.add(turn)
  }
}
