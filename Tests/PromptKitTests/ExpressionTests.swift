import Testing

@testable import PromptKit

private func holds(_ source: String, _ answers: [String: String]) throws -> Bool {
  try Expression.parse(source).evaluate(answers)
}

@Test func comparesAnswersWithLiterals() throws {
  let answers = [
    "stage": "first", "amount": "1200", "currencies": "time, money", "date": "2026-11-20",
  ]
  #expect(try holds("stage == 'first'", answers))
  #expect(try holds("stage == 'FIRST'", answers))
  #expect(try !holds("stage != \"first\"", answers))
  #expect(try holds("amount > 1000 and amount < 2000", answers))
  #expect(try holds("amount >= 1200 and amount <= 1200", answers))
  #expect(try holds("date < '2026-12-01'", answers))
  #expect(try holds("stage in ['closing', 'first']", answers))
  #expect(try holds("stage not in ['closing']", answers))
  #expect(try holds("currencies in ['money']", answers))
  #expect(try !holds("currencies in ['reputation']", answers))
}

@Test func combinesWithPrecedence() throws {
  let answers = ["a": "1", "b": "2"]
  // `and` binds tighter than `or`; `not` tighter than both.
  #expect(try holds("a == 1 or a == 5 and b == 9", answers))
  #expect(try !holds("(a == 1 or a == 5) and b == 9", answers))
  #expect(try holds("not a == 2 and b == 2", answers))
  #expect(try holds("not (a == 1 and b == 3)", answers))
}

@Test func emptyReadsMissingAndBlankAnswers() throws {
  #expect(try holds("empty(x)", [:]))
  #expect(try holds("empty(x)", ["x": "  "]))
  #expect(try !holds("empty(x)", ["x": "hi"]))
  #expect(try holds("not empty(x)", ["x": "hi"]))
  #expect(try holds("x", ["x": "hi"]))
  #expect(try !holds("x == 'hi'", [:]))
}

@Test func moneyComparesByAmount() throws {
  #expect(try holds("budget > 4000", ["budget": "5000 USD"]))
}

@Test func listsItsReferencesWithColumns() throws {
  let expression = try Expression.parse("a == 'x' or (not empty(bee) and c in [1, 2])")
  #expect(expression.references.map(\.id) == ["a", "bee", "c"])
  #expect(expression.references.map(\.offset) == [0, 23, 32])
}

@Test(arguments: [
  ("stage = 'x'", 6, "use '==' to compare"),
  ("stage == 'x", 9, "this string is never closed"),
  ("stage ==", 8, "expected a question id or a value, found the end"),
  ("a == 1 b == 2", 7, "expected 'and', 'or' or the end, found 'b'"),
  ("(a == 1", 7, "expected ')', found the end"),
  ("a in 'x'", 5, "expected '[' to start a list, found a string"),
  ("a in [b]", 6, "expected a quoted string or a number in the list, found 'b'"),
  ("a not 'x'", 6, "expected 'in' after 'not', found a string"),
  ("empty('a')", 6, "empty() takes a question id, found a string"),
  ("a == 1 and or b", 11, "expected a question id or a value, found 'or'"),
  ("", 0, "the condition is empty"),
  ("a # b", 2, "unexpected character '#'"),
])
func syntaxErrorsPointAtTheirColumn(source: String, offset: Int, message: String) {
  #expect(throws: ExpressionError(message, at: offset)) {
    try Expression.parse(source)
  }
}

@Test func deepNestingIsAnErrorNotACrash() {
  let source = String(repeating: "(", count: 5000) + "a" + String(repeating: ")", count: 5000)
  #expect(throws: ExpressionError.self) { try Expression.parse(source) }
  let nots = String(repeating: "not ", count: 5000) + "a"
  #expect(throws: ExpressionError.self) { try Expression.parse(nots) }
}
