import Foundation
import Testing

@testable import Practice

struct PracticeStatsTests {
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
