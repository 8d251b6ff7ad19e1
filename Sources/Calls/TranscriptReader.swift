import Foundation
import PromptKit

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
            "too-large", SourceText.tooLargeMessage(size: data.count, limit: limits.bytes),
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
        lines.allSatisfy { $0.trimmingSpaces.isEmpty }
        ? "file is empty"
        : "no turns found: each should start with a speaker's name and a colon, like"
          + " 'Dana Reyes: Hi', or be a WebVTT or SRT cue"
      sink.error("no-turns", message, line: 1, column: 1)
    }
    let transcript = sink.hasErrors ? nil : CallTranscript(format: format, turns: sink.turns)
    return Result(transcript: transcript, diagnostics: sink.diagnostics)
  }

  /// The format a text is in, from its first lines.
  static func detect(_ lines: [Substring]) -> TranscriptFormat {
    let sample = lines.lazy.map(\.trimmingSpaces).filter { !$0.isEmpty }.prefix(200)
    if let first = sample.first, first.hasPrefix("WEBVTT") { return .vttMeet }
    if sample.contains(where: { $0.contains("-->") }) { return .srt }
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

  /// The lines of a text, without their `\r`.
  static func lines(of text: String) -> [Substring] {
    // "\r\n" is one Character in Swift, so it is a separator of its own.
    text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map { line in
      line.hasSuffix("\r") ? line.dropLast() : line
    }
  }
}
