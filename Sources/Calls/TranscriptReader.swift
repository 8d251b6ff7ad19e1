import Diagnostics
import Foundation

/// Reads a call's transcript from its bytes, whatever the format: WebVTT, SRT, speaker-labelled
/// text with or without timestamps, or speaker-and-time blocks, told apart by the content.
///
/// Every problem is reported at once, each at its `file:line:col`; a file that is not text, or
/// that holds more than any call would, is refused without being read further.
public struct TranscriptReader: Sendable {
  /// What reading a file gave.
  public struct Result: Sendable {
    /// The transcript, unless the file has errors.
    public var transcript: CallTranscript?
    /// Every problem found, in the order of the file.
    public var diagnostics: [Diagnostic]

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
  }

  /// The limits.
  public var limits: TranscriptLimits

  /// Creates a reader.
  public init(limits: TranscriptLimits = .standard) {
    self.limits = limits
  }

  /// Reads a file's bytes.
  ///
  /// - Parameters:
  ///   - data: The file's bytes.
  ///   - path: The name the diagnostics print.
  /// - Returns: The transcript, or the diagnostics that say why there is none.
  public func read(_ data: Data, path: String) -> Result {
    guard data.count <= limits.bytes else {
      return Result(
        transcript: nil,
        diagnostics: [
          .error(
            .tooLarge, SourceText.tooLargeMessage(size: data.count, limit: limits.bytes),
            at: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    switch SourceText.decode(data, path: path) {
    case .failure(let problem):
      return Result(transcript: nil, diagnostics: [problem])
    case .success(let text):
      return read(text: text, path: path)
    }
  }

  /// Reads a transcript's text.
  ///
  /// - Parameters:
  ///   - text: The text.
  ///   - path: The name the diagnostics print.
  /// - Returns: The transcript, or the diagnostics that say why there is none.
  public func read(text: String, path: String) -> Result {
    let lines = Self.lines(of: text)
    let sink = TurnSink(path: path, limits: limits)
    var format = Self.detect(lines)
    if format != .text, format != .blocks, let line = Self.lineOfCue(limits.turns + 1, in: text) {
      // A flood of cues is counted on the bytes, before any is parsed.
      sink.error(
        .tooManyTurns,
        "more than \(limits.turns) turns; a one-hour call has about 1,500, so this is not read"
          + " further", line: line, column: 1)
      return Result(transcript: nil, diagnostics: sink.diagnostics)
    }
    switch format {
    case .vttVoice, .vttZoom, .vttMeet:
      let cues = CueParser(lines: lines, isVTT: true, sink: sink).parse()
      format = cues.voiceTags ? .vttVoice : cues.numbered ? .vttZoom : .vttMeet
    case .srt:
      _ = CueParser(lines: lines, isVTT: false, sink: sink).parse()
    case .text, .timedText:
      format = PlainParser(lines: lines, sink: sink).parse() ? .timedText : .text
    case .blocks:
      BlockParser(lines: lines, sink: sink).parse()
    }
    if sink.turns.isEmpty && !sink.hasErrors {
      let message =
        lines.allSatisfy(\.isBlank)
        ? "file is empty"
        : "no turns found: each should start with a speaker's name and a colon, like"
          + " 'Dana Reyes: Hi', or be a WebVTT or SRT cue"
      sink.error(.noTurns, message, line: 1, column: 1)
    }
    let transcript = sink.hasErrors ? nil : CallTranscript(format: format, turns: sink.turns)
    return Result(transcript: transcript, diagnostics: sink.diagnostics)
  }

  /// The format a text is in, from its first lines.
  static func detect(_ lines: [Substring]) -> TranscriptFormat {
    let sample = lines.lazy.filter { !$0.isBlank }.map(\.trimmingSpaces).prefix(200)
    if let first = sample.first, first.hasPrefix("WEBVTT") { return .vttMeet }
    if sample.contains(where: { $0.arrow != nil }) { return .srt }
    var headings = 0
    var labels = 0
    for line in sample {
      if BlockParser.heading(line) != nil {
        headings += 1
      } else if SpeakerLabel.prefix(of: line) != nil
        || PlainParser.timestamp(at: line) != nil
      {
        labels += 1
      }
    }
    return headings > 0 && headings >= labels ? .blocks : .text
  }

  /// The line of the `number`th timing line (`-->`), or nil when there are fewer.
  static func lineOfCue(_ number: Int, in text: String) -> Int? {
    var line = 1
    var cues = 0
    var run = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\n"):
        line += 1
        run = 0
      case UInt8(ascii: "-"):
        run += 1
      case UInt8(ascii: ">") where run >= 2:
        cues += 1
        if cues == number { return line }
        run = 0
      default:
        run = 0
      }
    }
    return nil
  }

  /// The lines of a text, without their `\r`.
  static func lines(of text: String) -> [Substring] {
    // Split on the bytes: "\r\n" is one Character in Swift, and bytes are faster.
    text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
      let line = Substring($0)
      return line.utf8.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }
  }
}
