import Foundation

/// How the founder's asks and readings move over time, from the stored progress.
public struct PracticeStats: Equatable, Sendable {
  /// Averages over one stretch of attempts or drills.
  public struct Stretch: Equatable, Sendable {
    public var count: Int
    public var askScore: Int?
    public var readingScore: Int?
  }

  public var attempts: Int
  public var drills: Int
  /// The first and the latest `window` attempts, to compare.
  public var firstAsks: Stretch
  public var latestAsks: Stretch
  public var firstDrills: Stretch
  public var latestDrills: Stretch
  /// How many cards sit in each Leitner box, box 1 first.
  public var boxes: [Int]
  /// Asks per quality, over all attempts.
  public var qualities: [AskQuality: Int]
  /// The latest attempts, oldest first, for the timeline.
  public var recent: [PracticeAttempt]

  public init(_ progress: PracticeProgress, window: Int = 5) {
    attempts = progress.attempts.count
    drills = progress.drills.count
    let asks = progress.attempts
    firstAsks = Self.stretch(asks.prefix(window))
    latestAsks = Self.stretch(asks.suffix(window))
    firstDrills = Self.drillStretch(progress.drills.prefix(window))
    latestDrills = Self.drillStretch(progress.drills.suffix(window))
    var boxes = Array(repeating: 0, count: LeitnerSchedule.boxCount)
    for box in progress.drill.boxes.values where (1...boxes.count).contains(box.box) {
      boxes[box.box - 1] += 1
    }
    self.boxes = boxes
    var qualities: [AskQuality: Int] = [:]
    for attempt in asks {
      qualities[attempt.quality, default: 0] += 1
    }
    self.qualities = qualities
    recent = Array(asks.suffix(10))
  }

  private static func stretch(_ attempts: ArraySlice<PracticeAttempt>) -> Stretch {
    Stretch(
      count: attempts.count, askScore: mean(attempts.map(\.askScore)),
      readingScore: mean(attempts.map(\.readingScore)))
  }

  private static func drillStretch(_ drills: ArraySlice<PracticeProgress.DrillResult>) -> Stretch {
    Stretch(count: drills.count, askScore: nil, readingScore: mean(drills.map(\.score)))
  }

  private static func mean(_ values: [Int]) -> Int? {
    values.isEmpty ? nil : values.reduce(0, +) / values.count
  }

  /// The report `practice --stats` prints.
  public var lines: [String] {
    guard attempts > 0 || drills > 0 else {
      return ["No practice yet: try 'advance practice' or 'advance drill'."]
    }
    var lines: [String] = []
    if attempts > 0 {
      lines.append("Asks practised: \(attempts)")
      lines.append("  ask score, first \(firstAsks.count): \(format(firstAsks.askScore))")
      lines.append("  ask score, latest \(latestAsks.count): \(format(latestAsks.askScore))")
      lines.append("  replies read right, first: \(format(firstAsks.readingScore))")
      lines.append("  replies read right, latest: \(format(latestAsks.readingScore))")
      let mix = AskQuality.allCases.map { "\($0.rawValue) \(qualities[$0] ?? 0)" }
      lines.append("  asks by kind: " + mix.joined(separator: ", "))
      lines.append("  latest asks:")
      for attempt in recent {
        let persona = attempt.persona.padding(toLength: 15, withPad: " ", startingAt: 0)
        lines.append(
          "    \(Self.day(attempt.date))  \(persona)  ask \(attempt.askScore) (\(attempt.quality.rawValue)),"
            + " reading \(attempt.readingScore)")
      }
    }
    if drills > 0 {
      lines.append("Drill sessions: \(drills)")
      lines.append("  score, first \(firstDrills.count): \(format(firstDrills.readingScore))")
      lines.append("  score, latest \(latestDrills.count): \(format(latestDrills.readingScore))")
      let piles = boxes.enumerated().map { "\($0.offset + 1): \($0.element)" }
      lines.append("  cards by box (1 = seen most often): " + piles.joined(separator: ", "))
    }
    return lines
  }

  /// `2026-11-23`, in UTC so the same progress file reads the same everywhere.
  static func day(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return formatter.string(from: date)
  }

  private func format(_ value: Int?) -> String {
    value.map { "\($0)/100" } ?? "-"
  }
}
