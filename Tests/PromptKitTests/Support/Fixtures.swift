import Foundation

@testable import PromptKit

/// Paths of test fixtures and bundled prompts, found from this file's place in the repository.
enum Fixtures {
  static let testsDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
  static let root = testsDirectory.appendingPathComponent("Fixtures")
  static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
  static let prompts = repository.appendingPathComponent("prompts")

  /// The entries of a fixture folder, sorted.
  static func list(_ folder: String) -> [String] {
    let url = root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted()
  }

  static func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  static func exists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
  }

  /// A fixed clock: Wednesday 2026-11-18 10:00 UTC.
  static let context: AnswerContext = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    return AnswerContext(now: Date(timeIntervalSince1970: 1_794_996_000), calendar: calendar)
  }()

  /// A fixed clock for the date rules: Tuesday 2026-12-01 10:00 UTC.
  static let tuesday = context(day: 1)

  /// 10:00 UTC on a day of December 2026 (1 is a Tuesday), or the given hour and minute.
  static func context(day: Int, hour: Int = 10, minute: Int = 0) -> AnswerContext {
    let calendar = Fixtures.context.calendar
    let parts = DateComponents(year: 2026, month: 12, day: day, hour: hour, minute: minute)
    return AnswerContext(now: calendar.date(from: parts) ?? Date(), calendar: calendar)
  }
}
