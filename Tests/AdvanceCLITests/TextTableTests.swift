import Testing

@testable import AdvanceCLI

@Suite struct TextTableTests {
  @Test func alignsColumnsByCharactersAndTrimsTrailingBlanks() {
    let table = TextTable(
      headers: ["LEAD", "STAGE", "NOTE"],
      rows: [
        ["Zoë Müller", "pilot", ""],
        ["Ada", "", "asked for money"],
        ["👩🏽‍💻 Dev", "new", "x"],
      ])
    #expect(
      table.lines() == [
        "LEAD        STAGE  NOTE",
        "Zoë Müller  pilot",
        "Ada                asked for money",
        "👩🏽‍💻 Dev       new    x",
      ])
  }

  @Test func aCellEndingInBlanksLeavesNoTrailingBlanks() {
    let table = TextTable(headers: ["A", "B"], rows: [["x", "y  "], ["long", ""]])
    #expect(table.lines() == ["A     B", "x     y", "long"])
  }

  @Test func textStylesTheHeaderAndAppendsSuffixesAfterTwoSpaces() {
    let table = TextTable(headers: ["A", "B"], rows: [["x", "y"], ["long", ""]])
    let text = table.text(
      header: { "<\($0)>" }, suffix: { $0 == 1 ? "! late" : nil })
    #expect(text == "<A     B>\nx     y\nlong  ! late\n")
  }
}
