import Testing

@testable import AdvanceCLI

/// What a bracketed paste becomes in the line being edited.
struct PastedTextTests {
  @Test(arguments: [
    ("one line", "one line"),
    ("crlf\r\nand cr\ronly\n", "crlf\nand cr\nonly"),
    ("tab\tkept, bell\u{7} and escape\u{1B}[2J dropped", "tab\tkept, bell and escape[2J dropped"),
    ("C1 \u{9B}31m gone, é kept\n\n", "C1 31m gone, é kept"),
  ])
  func cleaned(pasted: String, line: String) {
    #expect(PastedText.clean(Array(pasted.utf8)) == line)
  }

  @Test func invalidUTF8IsDropped() {
    #expect(PastedText.clean([0x61, 0xFF, 0x62, 0xC3]) == "ab")
  }
}
