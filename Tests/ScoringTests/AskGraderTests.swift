import Testing

@testable import Scoring

@Suite struct AskGraderTests {
  let grader = AskGrader(lexicon: bundledLexicon)

  @Test func concreteDatedAskGetsAnA() {
    let grade = grader.grade(
      "Could you introduce me to your head of IT on Wednesday at 11?", stage: .early)
    #expect(grade.grade == "A", "\(grade.missing)")
    #expect(grade.missing.isEmpty)
  }

  @Test func vagueOpinionAskFailsAndGetsABetterWording() {
    let grade = grader.grade("So, what do you think?", stage: .early)
    #expect(grade.grade == "F")
    #expect(grade.missing.contains { $0.hasPrefix("a real chance to say no") })
    #expect(grade.better.contains("introduce me to"))
  }

  @Test(arguments: [
    (
      "Maybe you could intro me to your boss sometime?",
      "Could you intro me to your boss on [day] at [time]?"
    ),
    (
      "we'd love your feedback, maybe we could book a demo with your team at some point?",
      "Could we book a demo with your team on [day] at [time]?"
    ),
    (
      "So, a deposit for the beta, what do you think?",
      "Would you put down a deposit for the beta for [amount] by [date]?"
    ),
  ])
  func betterWordingKeepsTheFoundersWords(ask: String, better: String) {
    let grade = grader.grade(ask, stage: .early)
    #expect(grade.missing.contains { $0.hasPrefix("when") })
    #expect(grade.better.hasPrefix(better), "\(grade.better)")
  }

  @Test func aMeetingIsTooSmallLaterOn() {
    let grade = grader.grade("Can we book a call on Friday at 2pm?", stage: .later)
    #expect(grade.missing.contains { $0.hasPrefix("right size") })
    let early = grader.grade("Can we book a call on Friday at 2pm?", stage: .early)
    #expect(early.score > grade.score)
  }

  @Test func aPaidPilotFitsTheLaterStage() {
    let grade = grader.grade(
      "Would you start a paid pilot with your team on the 1st for $2k?", stage: .later)
    #expect(!grade.missing.contains { $0.hasPrefix("right size") })
    #expect(grade.score >= 85)
  }
}
