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

  @Test func punctuationAndCombiningMarksCountAsTheCharactersTheyShow() {
    // "·" and "…" are one column each; "e" + U+0301 is one character of two scalars.
    let table = TextTable(
      headers: ["STEP", "X"],
      rows: [["Thu · us: send…", "a"], ["Rene\u{301} · them", "b"], ["plain", "c"]])
    #expect(
      table.lines() == [
        "STEP             X",
        "Thu · us: send…  a",
        "René · them      b",
        "plain            c",
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

  @Test func aTableWiderThanItsWidthCutsItsWidestTextColumnsWithAnEllipsis() {
    let table = TextTable(
      headers: ["ID", "LEAD", "STEP"],
      rows: [
        ["1", "Dana", "send the signed pilot contract by Friday"],
        ["2", "Ravi Shankar-Lee", "call"],
      ],
      flexible: [1, 2], width: 30)
    #expect(
      table.lines() == [
        "ID  LEAD          STEP",
        "1   Dana          send the si…",
        "2   Ravi Shanka…  call",
      ])
    #expect(table.lines().allSatisfy { $0.count <= 30 })
  }

  @Test func aSuffixThatNoLongerFitsGoesOnAnIndentedLine() {
    let table = TextTable(
      headers: ["A", "B"], rows: [["x", "y"], ["a much longer cell", "z"]], flexible: [0],
      width: 28)
    let text = table.text(suffix: { $0 == 1 ? "! late" : "! due" })
    #expect(
      text
        == "A                   B\nx                   y  ! due\na much longer cell  z\n    ! late\n"
    )
  }
}
