import Testing
import Vocabulary

@testable import Scoring

@Suite struct AskGraderTests {
  let grader = AskGrader(lexicon: bundledLexicon)

  @Test func lettersFollowTheScoreAndAAndBAreTheGoodAsks() {
    let cuts: [(Int, LetterGrade)] = [
      (100, .a), (85, .a), (84, .b), (70, .b), (69, .c), (55, .c), (54, .d), (40, .d), (39, .f),
      (0, .f),
    ]
    for (score, letter) in cuts { #expect(LetterGrade(score: score) == letter, "\(score)") }
    for score in 0...100 {
      let grade = AskGrade(
        ask: "x", stage: .first, score: score, gaps: [], strengths: [], reasons: [], better: "x")
      #expect(grade.isGood == [.a, .b].contains(grade.grade), "\(score)")
    }
  }

  @Test func concreteDatedAskIsGood() {
    let grade = grader.grade(
      "Could you introduce me to your head of IT on Wednesday at 11?", stage: .first)
    #expect(grade.isGood, "\(grade.score)")
    #expect([.a, .b].contains(grade.grade))
    #expect(grade.gaps.isEmpty)
  }

  @Test func vagueOpinionAskIsWeakAndGetsABetterWording() {
    let grade = grader.grade("So, what do you think?", stage: .first)
    #expect(!grade.isGood)
    #expect([.d, .f].contains(grade.grade))
    #expect(grade.gaps.contains(.noChanceToSayNo))
    #expect(grade.gaps.contains(.what))
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
  ])
  func betterWordingKeepsTheFoundersWords(ask: String, better: String) {
    let grade = grader.grade(ask, stage: .first)
    #expect(grade.gaps.contains(.when))
    #expect(grade.better.hasPrefix(better), "\(grade.better)")
  }

  @Test func betterWordingKeepsTheFoundersDateAndPerson() {
    let grade = grader.grade(
      "Thursday at 10 with Priya from finance, could we maybe look at a pilot?", stage: .closing)
    #expect(grade.better.contains("Thursday at 10"), "\(grade.better)")
    #expect(grade.better.contains("Priya"), "\(grade.better)")
    #expect(!grade.better.contains("[day]"))
  }

  @Test func aMoneyAskIsRightSizedAtClosingAndTooBigInAFirstMeeting() {
    let ask = "Would you put down a $2,000 deposit by Friday to hold a pilot slot?"
    let closing = grader.grade(ask, stage: .closing)
    let first = grader.grade(ask, stage: .first)
    #expect(!closing.gaps.contains(.tooBig))
    #expect(first.gaps.contains(.tooBig))
    #expect(closing.isGood, "\(closing.score)")
    #expect(!first.isGood, "\(first.score)")
    // The better wording for the first meeting is not the mis-sized ask again.
    #expect(!first.better.contains("deposit"), "\(first.better)")
  }

  @Test func theRulesCallAMeetingSmallAtClosing() {
    let evidence = AskEvidence(bundledLexicon.analyze("Can we book a call on Friday at 2pm?"))
    #expect(evidence.sizeGap(for: .closing) == .tooSmall)
    #expect(evidence.sizeGap(for: .first) == nil)
    #expect(grader.grade("Can we book a call on Friday at 2pm?", stage: .first).isGood)
  }

  @Test func aPaidPilotFitsTheClosingStage() {
    let grade = grader.grade(
      "Would you start a paid pilot with your team on the 1st for $2k?", stage: .closing)
    #expect(!grade.gaps.contains(.tooSmall) && !grade.gaps.contains(.tooBig))
    #expect(grade.isGood)
  }

  @Test(arguments: [
    ("first", Stage.first), ("early", .first), ("follow-up", .followUp), ("repeat", .followUp),
    ("closing", .closing), ("pilot", .closing), ("buying", .closing), ("Later", .closing),
  ])
  func stagesReadAsPeopleWriteThem(word: String, stage: Stage) {
    #expect(Stage(reading: word) == stage)
  }

  @Test func scoresPutTheGoodLineAtAnEvenChance() {
    #expect(AskGrader.score(0.5) == AskGrade.good)
    #expect(AskGrader.score(0) == 0)
    #expect(AskGrader.score(1) == 100)
    #expect(AskGrader.score(0.49) < AskGrade.good)
  }
}
