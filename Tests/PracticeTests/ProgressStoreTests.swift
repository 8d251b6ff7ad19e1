import Foundation
import Testing

@testable import Practice

struct ProgressStoreTests {
  let folder: String

  init() throws {
    folder = NSTemporaryDirectory() + "practice-tests-" + UUID().uuidString
  }

  @Test func progressRoundTripsPrivately() throws {
    let store = JSONFileProgressStore(path: folder + "/advance/practice.json")
    #expect(try store.load() == PracticeProgress())
    let progress = PracticeProgress(
      attempts: [
        PracticeAttempt(
          date: Date(timeIntervalSince1970: 1_700_000_000), persona: "skeptic", askGrade: .fair,
          askScore: 55, quality: .undated, readingScore: 60)
      ],
      drills: [
        .init(date: Date(timeIntervalSince1970: 1_700_000_000), cards: 10, correct: 7, score: 76)
      ],
      drill: DrillState(sessions: 1, boxes: ["abc": .init(box: 2, lastSession: 1)]))
    try store.save(progress)
    #expect(try store.load() == progress)
    let attributes = try FileManager.default.attributesOfItem(atPath: store.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder + "/advance")
    #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test func aDamagedFileIsAOneLineErrorNamingThePath() throws {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let path = folder + "/practice.json"
    try Data("my secret notes".utf8).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: ProgressStoreError(
        "\(path): not a practice progress file (move it away to start afresh)")
    ) {
      try JSONFileProgressStore(path: path).load()
    }
  }

  @Test func theDefaultPathFollowsXDG() {
    #expect(
      JSONFileProgressStore.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"])
        == "/s/advance/practice.json")
    #expect(
      JSONFileProgressStore.defaultPath(environment: ["HOME": "/h"])
        == "/h/.local/state/advance/practice.json")
    #expect(JSONFileProgressStore.defaultPath(environment: [:]) == nil)
  }

  @Test func statsCompareTheFirstAndLatestAsks() {
    let attempts = (0..<10).map {
      PracticeAttempt(
        date: Date(timeIntervalSince1970: Double($0)), persona: "p", askGrade: .fair,
        askScore: $0 * 10, quality: $0 < 5 ? .vague : .crisp, readingScore: $0 < 5 ? 0 : 100)
    }
    let stats = PracticeStats(PracticeProgress(attempts: attempts))
    #expect(stats.firstAsks.askScore == 20)
    #expect(stats.latestAsks.askScore == 70)
    #expect(stats.lines.contains("  ask score, latest 5: 70/100"))
    #expect(stats.lines.contains("  asks by kind: vague 5, oversized 0, undated 0, crisp 5"))
    #expect(stats.lines.contains("    1970-01-01  p                ask 90 (crisp), reading 100"))
    #expect(stats.recent.count == 10)
    #expect(PracticeStats(PracticeProgress()).lines.first?.hasPrefix("No practice yet") == true)
  }
}
