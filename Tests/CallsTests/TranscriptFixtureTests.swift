import Diagnostics
import Foundation
import Testing

@testable import Calls

// Set PROMPTKIT_UPDATE_FIXTURES=1 to rewrite the expected files from the current output; review
// the diff before committing.
private let updating = ProcessInfo.processInfo.environment["PROMPTKIT_UPDATE_FIXTURES"] == "1"

/// The fixtures folder, found from this file's place.
let callFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

private func files(_ folder: String) -> [String] {
  let names =
    (try? FileManager.default.contentsOfDirectory(
      atPath: callFixtures.appendingPathComponent(folder).path)) ?? []
  return names.filter { [".vtt", ".srt", ".txt"].contains(where: $0.hasSuffix) }.sorted()
}

private func compare(_ actual: String, expectedAt path: String) throws {
  let url = callFixtures.appendingPathComponent(path)
  if updating {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(actual == expected, "\(path) differs; actual:\n\(actual)")
}

private func base(_ name: String) -> String {
  String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)])
}

/// A transcript written out turn by turn: what the parser read, to compare verbatim.
func dump(_ transcript: CallTranscript) -> String {
  var lines = [
    "format: \(transcript.format.rawValue)",
    "speakers: \(transcript.speakers.joined(separator: ", "))",
  ]
  for turn in transcript.turns {
    let time = [turn.start, turn.end].compactMap { $0.map { "\($0.milliseconds)ms" } }
      .joined(separator: "-")
    lines.append("\(turn.line) \(time.isEmpty ? "-" : time) \(turn.speaker): \(turn.text)")
  }
  return lines.joined(separator: "\n") + "\n"
}

@Test func everyFormatHasAFixture() throws {
  var formats: Set<TranscriptFormat> = []
  for name in files("calls") {
    let data = try Data(contentsOf: callFixtures.appendingPathComponent("calls/\(name)"))
    if let transcript = TranscriptReader().read(data, path: name).transcript {
      formats.insert(transcript.format)
    }
  }
  #expect(formats == Set(TranscriptFormat.allCases))
}

@Test(arguments: files("calls"))
func aCallReadsExactly(name: String) throws {
  let data = try Data(contentsOf: callFixtures.appendingPathComponent("calls/\(name)"))
  let result = TranscriptReader().read(data, path: "calls/\(name)")
  #expect(result.diagnostics.isEmpty, "\(DiagnosticRenderer().render(result.diagnostics))")
  let transcript = try #require(result.transcript)
  try compare(dump(transcript), expectedAt: "calls/\(base(name)).turns")
}

@Test(arguments: files("invalid"))
func aBrokenTranscriptReportsExactly(name: String) throws {
  let data = try Data(contentsOf: callFixtures.appendingPathComponent("invalid/\(name)"))
  let result = TranscriptReader().read(data, path: "invalid/\(name)")
  #expect(result.hasErrors)
  #expect(result.transcript == nil)
  try compare(
    DiagnosticRenderer().render(result.diagnostics), expectedAt: "invalid/\(base(name)).expected")
}
