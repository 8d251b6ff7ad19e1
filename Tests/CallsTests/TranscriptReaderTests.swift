import Foundation
import Testing

@testable import Calls

private func read(_ text: String, limits: TranscriptLimits = .standard) -> TranscriptReader.Result {
  TranscriptReader(limits: limits).read(Data(text.utf8), path: "call.txt")
}

@Test(arguments: [
  ("00:08:17.250", 497_250), ("00:08:17,250", 497_250), ("08:17.250", 497_250), ("0:03", 3000),
  ("1:02:03", 3_723_000), ("00:47:33", 2_853_000), ("12:05", 725_000), ("00:00:01.5", 1500),
])
func timesAreReadInEveryForm(text: String, milliseconds: Int) {
  #expect(CallTime(text[...])?.milliseconds == milliseconds)
}

@Test(arguments: [
  "", ":", "1:", "00:61:00", "00:0x:00", "1:2:3", "12:05.", "1234:00", "00:00:00.1234",
])
func malformedTimesAreNotTimes(text: String) {
  #expect(CallTime(text[...]) == nil)
}

@Test func aTimeIsPrintedAsHoursMinutesSeconds() {
  #expect(CallTime(milliseconds: 3_723_999).description == "01:02:03")
}

@Test func windowsLineEndingsReadLikeUnixOnes() throws {
  let unix =
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hi.\n\n00:00:03.000 --> 00:00:04.000\nSam: Hello.\n"
  let windows = unix.replacingOccurrences(of: "\n", with: "\r\n")
  let a = try #require(read(unix).transcript)
  let b = try #require(read(windows).transcript)
  #expect(a == b)
  #expect(a.turns.map(\.speaker) == ["Dana", "Sam"])
}

@Test func aCueWithoutASpeakerContinuesThePreviousOne() throws {
  let text =
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nDana: Hi.\n\n00:00:02.000 --> 00:00:03.000\nand welcome.\n"
  let transcript = try #require(read(text).transcript)
  #expect(transcript.turns.map(\.speaker) == ["Dana", "Dana"])
}

@Test func markupAndEntitiesAreRemovedFromCues() throws {
  let text =
    "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v.loud Dana Reyes><i>Fish &amp; chips</i> for <00:00:01.500>all.</v>\n"
  let transcript = try #require(read(text).transcript)
  #expect(transcript.turns.first?.speaker == "Dana Reyes")
  #expect(transcript.turns.first?.text == "Fish & chips for all.")
  #expect(transcript.format == .vttVoice)
}

@Test func wordsInBracketsAreNotATimestamp() throws {
  let transcript = try #require(read("Dana: hi\n(laughs) that is true\nSam: yes\n").transcript)
  #expect(transcript.turns.map(\.text) == ["hi (laughs) that is true", "yes"])
}

@Test func aTitleBeforeTheFirstSpeakerIsLeftOut() throws {
  let transcript = try #require(read("Call with Acme\n\nDana: hi\nSam: hello\n").transcript)
  #expect(transcript.turns.count == 2)
}

@Test func moreTurnsThanTheLimitAreRefusedAtTheFirstOneOver() {
  let text = (1...20).map { "Speaker\($0 % 2 == 0 ? "A" : "B"): line \($0)" }.joined(
    separator: "\n")
  // Names must be words: use two real ones.
  let named = text.replacingOccurrences(of: "SpeakerA", with: "Dana").replacingOccurrences(
    of: "SpeakerB", with: "Sam")
  let result = read(named, limits: TranscriptLimits(turns: 10))
  #expect(result.transcript == nil)
  #expect(result.diagnostics.map(\.code.rawValue) == ["too-many-turns"])
  #expect(result.diagnostics.first?.location?.line == 11)
}

@Test func aTurnLongerThanTheLimitIsRefused() {
  let result = read(
    "Dana: " + String(repeating: "word ", count: 100), limits: TranscriptLimits(turnLength: 50))
  #expect(result.diagnostics.map(\.code.rawValue) == ["turn-too-long"])
}

@Test func diagnosticsStopAtTheLimitAndCountTheRest() {
  let bad = (1...30).map { "[00:0\($0 % 10)x] Dana: hi" }.joined(separator: "\n")
  let result = read(bad, limits: TranscriptLimits(diagnostics: 5))
  #expect(result.diagnostics.count == 6)
  #expect(result.diagnostics.last?.message == "25 more problems not shown")
}

@Test func aNulByteAndInvalidUTF8AreRefusedWithTheirPlace() {
  let nul = TranscriptReader().read(Data("Dana: hi\nSam: a\0b\n".utf8), path: "c.txt")
  #expect(nul.diagnostics.map(\.headline) == ["c.txt:2:7: error: file contains a NUL byte"])
  let binary = TranscriptReader().read(Data([0x44, 0x3A, 0x20, 0xFF, 0xFE]), path: "c.txt")
  #expect(binary.diagnostics.map(\.headline) == ["c.txt:1:4: error: file is not valid UTF-8"])
}

@Test func aFileOverTheByteLimitIsRefusedUnread() {
  let result = TranscriptReader(limits: TranscriptLimits(bytes: 10)).read(
    Data(String(repeating: "x", count: 11).utf8), path: "c.txt")
  #expect(result.diagnostics.map(\.code.rawValue) == ["too-large"])
}

@Test func wordsAreCountedAsRunsOfLettersAndDigits() {
  #expect(Turn.words(in: "It's forty-two, isn't it? 3 pm — ok.") == 7)
}
