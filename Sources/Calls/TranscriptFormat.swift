/// The kinds of transcript `advance` reads, told apart by their content.
public enum TranscriptFormat: String, Sendable, Hashable, Codable, CaseIterable {
  /// WebVTT whose cues name their speaker in a voice tag: `<v Dana Reyes>Hi.</v>` (Teams).
  case vttVoice = "vtt-voice"
  /// WebVTT with numbered cues that start with the speaker and a colon: `Dana Reyes: Hi.`
  /// (Zoom).
  case vttZoom = "vtt-zoom"
  /// WebVTT whose cues have no number and start with the speaker and a colon (Google Meet).
  case vttMeet = "vtt-meet"
  /// SubRip: numbered cues with `00:00:01,000 --> 00:00:04,000`, speakers as `Name: `.
  case srt
  /// Plain text, one turn a paragraph: `Dana Reyes: Hi.`
  case text
  /// Plain text with a timestamp before each speaker: `[00:47:33] Dana Reyes: Hi.`
  case timedText = "text-timestamps"
  /// Blocks headed by the speaker and a time, `Dana Reyes  0:03`, the words on the next lines
  /// (Otter, Meet's transcript documents).
  case blocks

  /// How the format is named to the founder.
  public var label: String {
    switch self {
    case .vttVoice: "WebVTT with voice tags (Teams)"
    case .vttZoom: "WebVTT with numbered cues (Zoom)"
    case .vttMeet: "WebVTT with speaker names (Meet)"
    case .srt: "SRT"
    case .text: "speaker-labelled text"
    case .timedText: "timestamped speaker-labelled text"
    case .blocks: "speaker and time blocks"
    }
  }
}
