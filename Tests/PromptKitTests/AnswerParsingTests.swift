import Testing

@testable import PromptKit

private func question(
  _ kind: Script.Question.Kind, choices: [String] = [],
  validation: Script.Validation = Script.Validation()
) -> Script.Question {
  Script.Question(
    id: "q", kind: kind, text: Template("?"),
    choices: choices.map { Script.Choice(key: $0, label: "\($0) label") }, validation: validation)
}

private func parse(_ question: Script.Question, _ input: String) -> Result<String, AnswerRejection>
{
  question.parse(input, context: Fixtures.context)
}

@Test func choicesAcceptKeysNumbersLabelsAndUniquePrefixes() {
  let choice = question(.choice, choices: ["time", "team", "money"])
  #expect(parse(choice, "money") == .success("money"))
  #expect(parse(choice, "MONEY") == .success("money"))
  #expect(parse(choice, "2") == .success("team"))
  #expect(parse(choice, "mo") == .success("money"))
  #expect(parse(choice, "time label") == .success("time"))
  #expect(parse(choice, "t") == .failure(AnswerRejection("that could be time, team")))
  #expect(
    parse(choice, "4")
      == .failure(AnswerRejection("pick one of: time, team, money (or its number)")))
  #expect(choice.completions(for: "t") == ["time", "team"])
  #expect(choice.completions(for: "") == ["time", "team", "money"])
  #expect(choice.display("team") == "team label")
}

@Test func multiChoiceKeepsOptionOrder() {
  let multi = question(.multichoice, choices: ["time", "reputation", "money"])
  #expect(parse(multi, "money, time") == .success("time, money"))
  #expect(parse(multi, "3 1 money") == .success("time, money"))
  #expect(
    parse(multi, "time, gold")
      == .failure(AnswerRejection("pick one of: time, reputation, money (or its number)")))
  #expect(multi.display("time, money") == "time label, money label")
}

@Test func yesNoScaleNumberMoney() {
  #expect(parse(question(.yesno), "Y") == .success("yes"))
  #expect(parse(question(.yesno), "nope") == .success("no"))
  #expect(parse(question(.yesno), "maybe") == .failure(AnswerRejection("answer yes or no")))
  #expect(parse(question(.scale), "4") == .success("4"))
  #expect(parse(question(.scale), "6") == .failure(AnswerRejection("pick a number from 1 to 5")))
  #expect(parse(question(.number), "1,200") == .success("1200"))
  #expect(parse(question(.number), "2.5") == .success("2.5"))
  let bounded = question(.number, validation: Script.Validation(min: 1, max: 10))
  #expect(parse(bounded, "11") == .failure(AnswerRejection("at most 10, please")))
  let money = question(.money)
  #expect(parse(money, "$5k") == .success("5000 USD"))
  #expect(parse(money, "1,200 EUR") == .success("1200 EUR"))
  #expect(parse(money, "€300") == .success("300 EUR"))
  #expect(parse(money, "2.5m gbp") == .success("2500000 GBP"))
  #expect(parse(money, "300") == .success("300 USD"))
  #expect(
    parse(money, "1e308m").map { _ in "" }
      == .failure(AnswerRejection("expected an amount, like $5k, 1,200 EUR or 300")))
  #expect(
    parse(question(.number), "inf")
      == .failure(AnswerRejection("expected a number, like 12 or 3.5")))
  #expect(
    parse(money, "lots")
      == .failure(AnswerRejection("expected an amount, like $5k, 1,200 EUR or 300")))
}

@Test func textRulesUseTheirOwnMessages() {
  let rules = Script.Validation(
    minLength: 3, maxLength: 8, pattern: "[A-Z].*", patternMessage: "start with a capital")
  let text = question(.text, validation: rules)
  #expect(parse(text, "  Acme  ") == .success("Acme"))
  #expect(parse(text, "Ac") == .failure(AnswerRejection("too short: at least 3 characters")))
  #expect(
    parse(text, "Acme Corp Ltd") == .failure(AnswerRejection("too long: at most 8 characters")))
  #expect(parse(text, "acme") == .failure(AnswerRejection("start with a capital")))
  #expect(parse(text, "   ") == .failure(AnswerRejection("an answer is needed here")))
}

@Test func notesKeepTheirLines() {
  #expect(parse(question(.notes), "first\nsecond\n") == .success("first\nsecond"))
}

@Test(arguments: [
  (":back", WizardInput.back), (":skip", .skip), (":help", .help), (":why", .why), (":show", .show),
  (":quit", .quit), ("::colon", .answer(":colon")), ("plain", .answer("plain")),
  (":) smile", .answer(":) smile")),
])
func readsCommands(line: String, input: WizardInput) {
  #expect(WizardInput.parse(line) == input)
}

@Test func unknownCommandIsNil() {
  #expect(WizardInput.parse(":bak") == nil)
}
