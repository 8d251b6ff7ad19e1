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
}
