import Foundation
import Testing
import Vocabulary

@testable import Scoring

@Suite struct NotesTests {
  static let notes = """
    Met Dana, head of finance at a 40-person logistics firm.
    Last quarter the close took nine days and they paid a contractor $12k to catch up.
    She built a spreadsheet with macros to match invoices, and she hates it.
    They looked at two tools last year but both were too expensive.
    She said our demo looks amazing.
    They would probably pay for it.
    It needs a NetSuite integration.
    It would be nice to have a mobile app.
    Usually the team just works late.
    """

  @Test func everyLineGetsOneKindInOrder() {
    let reading = NotesReader(lexicon: bundledLexicon).read(Self.notes)
    #expect(reading.findings.count == 9, "\(reading.findings)")
    #expect(reading.count(.fact) >= 3, "\(reading.findings)")
    #expect(reading.quotes(.compliment) == ["She said our demo looks amazing."])
    #expect(reading.count(.idea) >= 1)
    #expect(reading.quotes(.hypothetical).contains("They would probably pay for it."))
    #expect(reading.quotes(.fluff) == ["Usually the team just works late."])
    #expect(
      reading.findings.first?.text == "Met Dana, head of finance at a 40-person logistics firm.")
  }

  @Test func bulletsAreDroppedAndBlankLinesSkipped() {
    let reading = NotesReader(lexicon: bundledLexicon).read(
      "- adored the demo, super slick\n\n* would buy 30 seats if it had SSO\n  \n")
    #expect(
      reading.findings.map(\.text) == [
        "adored the demo, super slick", "would buy 30 seats if it had SSO",
      ])
    #expect(reading.findings.map(\.kind) == [.compliment, .hypothetical])
  }

  @Test func aNegatedSignIsNoSign() {
    let reading = NotesReader(lexicon: bundledLexicon).read(
      "spent no money looking for a fix")
    #expect(!reading.distinctSigns.contains("is looking for a fix"), "\(reading.distinctSigns)")
  }

  @Test func plainNotesWithoutAReplyNeverInventACommitment() {
    let card = MeetingScorer(lexicon: bundledLexicon).score(
      notes: "They chase 40 late invoices a month.\nShe loved the demo.")
    #expect(card.verdict != .commitment, "\(card.interpretation.reasons)")
    #expect(card.notes.findings.map(\.kind).first == .fact)
  }

  @Test func anAgreedStepInTheNotesIsTheirCommitment() {
    let card = MeetingScorer(lexicon: bundledLexicon).score(
      notes:
        "They re-key 300 orders a week.\nDemo for her whole team Tuesday at 2pm, she booked the room."
    )
    #expect(card.verdict == .commitment, "\(card.interpretation.reasons)")
    #expect(card.currencies.contains(.time))
  }

  @Test func earlyvangelistSignsAreQuoted() {
    let reading = NotesReader(lexicon: bundledLexicon).read(Self.notes)
    let signs = Set(reading.distinctSigns)
    #expect(signs.isSuperset(of: ["has cobbled together a fix", "feels it strongly"]), "\(signs)")
    #expect(reading.isEarlyvangelist)
  }

  @Test func commitmentWithADatedOwnedNextStepScoresHigh() {
    let card = MeetingScorer(lexicon: bundledLexicon).score(
      notes: Self.notes, reply: "Yes, I'll introduce you to our CFO on Tuesday at 10.",
      steps: [
        NextStep(
          what: "Dana intros us to the CFO", owner: .them, person: "Dana",
          due: DueDate("2026-12-08T10:00"), costs: [.reputation])
      ],
      planned: "an intro to the CFO")
    #expect(card.verdict == .commitment)
    #expect(card.currencies.contains(.reputation))
    #expect(card.advancement.advanced)
    #expect(card.advancement.reason == .replyCommitted)
    #expect(card.score >= 70)
    #expect(card.score == min(100, max(0, card.items.reduce(0) { $0 + $1.points })))
    #expect(card.items.contains { $0.reason.contains("the meeting advanced") })
    #expect(card.nextAction.contains("Tue 8 Dec 10:00"))
  }

  @Test func hedgeWithoutNextStepScoresLowAndSaysWhatToDo() {
    let card = MeetingScorer(lexicon: bundledLexicon).score(
      notes: "They loved it.\nIt looks great.\nThey would definitely use it.",
      reply: "Sounds great, keep me posted!")
    #expect(card.verdict == .hedge)
    #expect(!card.advancement.advanced)
    #expect(card.advancement.reason == .noStep)
    #expect(card.score <= 20)
    #expect(card.nextAction.contains("concrete ask"))
    #expect(card.items.contains { $0.points < 0 && $0.reason.contains("compliment") })
  }

  @Test func scorecardEncodesToJSON() throws {
    let card = MeetingScorer(lexicon: bundledLexicon).score(notes: "No.", reply: "No thanks.")
    let data = try JSONEncoder().encode(card)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "verdict", "currencies", "score", "items", "advancement", "steps", "next_action",
        "interpretation",
        "notes",
      ])
    #expect(object["verdict"] as? String == "rejection")
  }
}
