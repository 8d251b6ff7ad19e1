import Testing

@testable import PromptKit

@Test func fillsPlaceholders() {
  let template = Template("Prep for {lead}: ask {ask}, {{literal}} and {not an id}")
  #expect(template.references.map(\.id) == ["lead", "ask"])
  #expect(template.references.map(\.offset) == [10, 22])
  #expect(
    template.render(["lead": "Acme", "ask": ""])
      == "Prep for Acme: ask —, {literal} and {not an id}")
}

@Test func unclosedBraceIsText() {
  #expect(Template("a {b").render(["b": "x"]) == "a {b")
  #expect(Template("{").parts == [.text("{")])
}

@Test func multiLineAnswersKeepTheirIndentation() {
  let template = Template("Questions:\n  {q}\nInline: {q}")
  #expect(template.render(["q": "one\ntwo"]) == "Questions:\n  one\n  two\nInline: one\ntwo")
}

@Test func aLineWithAnOptionalPlaceholderIsLeftOutWhenItsAnswerIsEmpty() {
  let template = Template("Plan\n  Signs: {signers?} ({budget})\n  When: {moment}")
  #expect(template.references.map(\.id) == ["signers", "budget", "moment"])
  #expect(template.references.map(\.offset) == [15, 27, 45])
  #expect(
    template.render(["signers": "Dev (CFO)", "moment": "end"])
      == "Plan\n  Signs: Dev (CFO) (—)\n  When: end")
  // Unanswered or blank: the whole line goes, with its line break and the other placeholder.
  #expect(template.render(["moment": "end"]) == "Plan\n  When: end")
  #expect(template.render(["signers": "  ", "moment": "end"]) == "Plan\n  When: end")
}

@Test func optionalLinesGoAtTheStartAndTheEndToo() {
  #expect(Template("{a?}\nb").render([:]) == "b")
  #expect(Template("a\n{b?}").render([:]) == "a")
  #expect(Template("a\n{b?}\n").render([:]) == "a\n")
  #expect(Template("{a?}").render([:]) == "")
  #expect(Template("a\n\n{b?}\nc").render([:]) == "a\n\nc")
}

@Test func anOptionalMultiLineAnswerKeepsItsIndentation() {
  let template = Template("Notes:\n  {notes?}\nEnd")
  #expect(template.render(["notes": "one\ntwo"]) == "Notes:\n  one\n  two\nEnd")
  #expect(template.render([:]) == "Notes:\nEnd")
}

@Test func aQuestionMarkOutsideThePlaceholderIsText() {
  #expect(Template("{a}?").render(["a": "x"]) == "x?")
  #expect(Template("{a ?}").render(["a": "x"]) == "{a ?}")
  #expect(Template("{?a}").render(["a": "x"]) == "{?a}")
  #expect(Template("{a??}").references.isEmpty)
}
