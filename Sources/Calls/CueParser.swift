/// Reads WebVTT and SRT: blocks separated by blank lines, each a cue with an optional id or
/// number, a timing line `start --> end`, and its text.
struct CueParser {
  let lines: [Substring]
  let isVTT: Bool
  let sink: TurnSink

  /// Reads the cues; returns whether any named its speaker in a voice tag, and whether most
  /// had a number for an id.
  func parse() -> (voiceTags: Bool, numbered: Bool) {
    var index = 0
    if isVTT {
      let header = lines.first ?? ""
      let rest = header.dropFirst(6)
      if !header.hasPrefix("WEBVTT") || !(rest.isEmpty || rest.first == " " || rest.first == "\t") {
        sink.error(.vttHeader, "a WebVTT file starts with the line 'WEBVTT'", line: 1, column: 1)
      }
      // The header block ends at the first blank line.
      while index < lines.count, !lines[index].isBlank { index += 1 }
    }
    var voiceTags = false
    var numbered = 0
    var cues = 0
    var lastSpeaker: String?
    var lastStart: CallTime?
    while index < lines.count, !sink.isFull {
      while index < lines.count, lines[index].isBlank { index += 1 }
      guard index < lines.count else { break }
      let blockStart = index
      while index < lines.count, !lines[index].isBlank { index += 1 }
      let block = lines[blockStart..<index]
      if isVTT, let first = block.first,
        ["NOTE", "STYLE", "REGION"].contains(where: { word in
          first.hasPrefix(word)
            && (first.count == word.count
              || first.dropFirst(word.count).first?.isWhitespace == true)
        })
      {
        continue
      }
      guard let timing = block.firstIndex(where: { $0.arrow != nil }),
        timing - blockStart <= 1
      else {
        sink.error(
          .missingTiming,
          "expected a cue's timing line, like '\(example)', here", line: blockStart + 1, column: 1)
        continue
      }
      guard let (start, end) = readTiming(lines[timing], line: timing + 1) else { continue }
      cues += 1
      if timing > blockStart,
        lines[blockStart].utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
      {
        numbered += 1
      }
      if let lastStart, start < lastStart {
        sink.warning(
          .cueOrder, "this cue starts before the one above it", line: timing + 1, column: 1)
      }
      lastStart = start
      let textLines = block[(timing + 1)...].map { $0.trimmingSpaces }
      guard let first = textLines.first else { continue }
      var speaker: String?
      var body = textLines.joined(separator: " ")[...]
      if isVTT, let voice = SpeakerLabel.voice(of: first) {
        speaker = voice.name
        voiceTags = true
        body =
          (voice.rest + (textLines.count > 1 ? " " : "")
          + textLines.dropFirst().joined(separator: " "))[...]
      }
      var text = SpeakerLabel.plainText(body)[...].trimmingSpaces
      if speaker == nil, let label = SpeakerLabel.prefix(of: text) {
        speaker = label.name
        text = label.rest
      }
      guard text.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
      guard let name = speaker ?? lastSpeaker else {
        sink.warning(
          .noSpeaker, "this cue names no speaker and nobody spoke before it, so it is left out",
          line: timing + 2, column: 1)
        continue
      }
      lastSpeaker = name
      sink.add(Turn(speaker: name, start: start, end: end, text: String(text), line: timing + 2))
    }
    return (voiceTags, cues > 0 && numbered * 2 > cues)
  }

  private var example: String {
    isVTT ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000"
  }

  /// The start and end of a timing line, or nil after reporting what is wrong with it.
  private func readTiming(_ text: Substring, line: Int) -> (CallTime, CallTime)? {
    guard let arrow = text.arrow else { return nil }
    let left = text[..<arrow.lowerBound].trimmingSpaces
    let right = text[arrow.upperBound...].trimmingSpaces.prefix { $0 != " " && $0 != "\t" }
    let start = CallTime(left)
    let end = CallTime(right)
    if start == nil {
      sink.error(
        .badTimestamp, "expected a time like '\(isVTT ? "00:01:02.500" : "00:01:02,500")'",
        line: line, column: column(of: left.startIndex, in: text))
    }
    if end == nil {
      sink.error(
        .badTimestamp, "expected a time like '\(isVTT ? "00:01:04.000" : "00:01:04,000")'",
        line: line, column: column(of: right.startIndex, in: text))
    }
    guard let start, let end else { return nil }
    guard start <= end else {
      sink.error(
        .cueEndsBeforeStart, "this cue ends before it starts", line: line,
        column: column(of: right.startIndex, in: text))
      return nil
    }
    return (start, end)
  }

  private func column(of index: Substring.Index, in text: Substring) -> Int {
    text.unicodeScalars[..<index].count + 1
  }
}
