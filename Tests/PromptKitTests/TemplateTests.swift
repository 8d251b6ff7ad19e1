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
