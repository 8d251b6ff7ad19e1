import Diagnostics

/// The problems of a call transcript (``TranscriptReader``).
extension DiagnosticCode {
  /// The file is over the size limit.
  public static let tooLarge = DiagnosticCode("too-large")
  /// No turn could be read.
  public static let noTurns = DiagnosticCode("no-turns")
  /// More turns than any call has.
  public static let tooManyTurns = DiagnosticCode("too-many-turns")
  /// A turn longer than any spoken one.
  public static let turnTooLong = DiagnosticCode("turn-too-long")
  /// The problems past the limit, counted in one diagnostic.
  public static let tooManyProblems = DiagnosticCode("too-many-problems")
  /// A WebVTT file without its `WEBVTT` line.
  public static let vttHeader = DiagnosticCode("vtt-header")
  /// A cue without its timing line.
  public static let missingTiming = DiagnosticCode("missing-timing")
  /// A time that cannot be read.
  public static let badTimestamp = DiagnosticCode("bad-timestamp")
  /// A cue that ends before it starts.
  public static let cueEndsBeforeStart = DiagnosticCode("cue-ends-before-start")
  /// A cue that starts before the one above it.
  public static let cueOrder = DiagnosticCode("cue-order")
  /// A cue with no speaker and none before it.
  public static let noSpeaker = DiagnosticCode("no-speaker")
  /// A timestamp line without a speaker.
  public static let missingSpeaker = DiagnosticCode("missing-speaker")
}
