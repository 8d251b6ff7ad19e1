import Testing
import Vocabulary

@testable import Scoring

/// Who acts in a next step, and whether it is a commitment of theirs: the cases founders
/// reported as misread, and the rule that decides advancement from them.
@Suite struct StepReaderTests {
  let reader = StepReader(lexicon: bundledLexicon)

  @Test(arguments: [
    ("I send Maria a thank-you email", Party.us, nil as String?),
    ("Send Dana the proposal", .us, nil),
    ("I send Jordan the deck", .us, nil),
    ("we'll draft the pilot plan by Friday", .us, nil),
    ("Dana: send her the pricing", .us, nil),
    ("Dev signs the order form after legal review", .them, "Dev"),
    ("Dana gets back to me after talking to her boss", .them, "Dana"),
    ("she signs by the 14th", .them, nil),
    ("we meet her COO Thursday 10am", .them, nil),
    ("Their CFO to approve the budget next week", .them, nil),
    ("Dana: sends the data export by Thursday", .them, "Dana"),
    ("On Monday, I'll send Ravi the security questionnaire", .us, nil),
  ])
  func theOwnerIsWhoActs(step: String, owner: Party, person: String?) {
    let reading = reader.read(step)
    #expect(reading.owner == owner, "\(step)")
    #expect(reading.person == person, "\(step)")
  }

  @Test func ourHomeworkCostsThemNothing() {
    #expect(reader.read("I send the agreement today").costs.isEmpty)
  }

  @Test func aStallIsNoCommitment() {
    #expect(reader.read("Dana gets back to me after talking to her boss").costs.isEmpty)
    #expect(reader.read("they'll think about it and let us know").costs.isEmpty)
  }

  @Test func aStepTheyTakeCostsThem() {
    #expect(reader.read("Dev signs the order form by the 14th").costs.contains(.money))
    #expect(!reader.read("we meet her COO Thursday 10am").costs.isEmpty)
  }
}

/// ``Advancement``: the one rule of whether a meeting moved forward.
@Suite struct AdvancementRuleTests {
  private func step(_ what: String, _ owner: Party, _ costs: [Currency] = []) -> NextStep {
    NextStep(what: what, owner: owner, costs: costs)
  }

  @Test func aClearNoNeverAdvancesWhateverWeDoNext() {
    let rule = Advancement(
      verdict: .rejection, replyCosts: [], steps: [step("I send Maria a thank-you email", .us)])
    #expect(!rule.advanced)
    #expect(rule.reason == .rejected)
  }

  @Test func ourHomeworkAfterAHedgeIsNotAnAdvance() {
    let rule = Advancement(
      verdict: .hedge, replyCosts: [], steps: [step("I send Jordan the deck", .us)])
    #expect(!rule.advanced)
    #expect(rule.reason == .onlyOurSteps)
  }

  @Test func theirStallIsNotAStep() {
    let rule = Advancement(
      verdict: .hedge, replyCosts: [], steps: [step("Dana gets back to me", .them)])
    #expect(!rule.advanced)
    #expect(rule.reason == .nothingGiven)
  }

  @Test func aStepTheyOwnThatCostsThemAdvances() {
    let rule = Advancement(
      verdict: .hedge, replyCosts: [],
      steps: [step("I send the agreement", .us), step("she signs by the 14th", .them, [.money])])
    #expect(rule.advanced)
    #expect(rule.reason == .theirStep)
    #expect(rule.costs == [.money])
  }

  @Test func aCommittedReplyAdvancesAndCountsTheirStepsToo() {
    let rule = Advancement(
      verdict: .commitment, replyCosts: [.time],
      steps: [step("she signs by the 14th", .them, [.money]), step("I send it", .us)])
    #expect(rule.advanced)
    #expect(rule.reason == .replyCommitted)
    #expect(rule.costs == [.time, .money])
  }

  @Test func ourStepsNeverCarryACost() {
    #expect(NextStep(what: "I pay the deposit", owner: .us, costs: [.money]).costs.isEmpty)
  }
}
