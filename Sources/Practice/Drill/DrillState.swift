/// The spaced repetition state of the drill, kept between sessions: a Leitner box per card.
public struct DrillState: Equatable, Sendable, Codable {
  /// Where one card stands.
  public struct Box: Equatable, Sendable, Codable {
    /// 1 (seen often) to `LeitnerSchedule.boxCount` (seen rarely).
    public var box: Int
    /// The session the card was last shown in.
    public var lastSession: Int

    public init(box: Int, lastSession: Int) {
      self.box = box
      self.lastSession = lastSession
    }
  }

  /// Sessions finished so far.
  public var sessions: Int
  /// By card id.
  public var boxes: [String: Box]

  public init(sessions: Int = 0, boxes: [String: Box] = [:]) {
    self.sessions = sessions
    self.boxes = boxes
  }
}
