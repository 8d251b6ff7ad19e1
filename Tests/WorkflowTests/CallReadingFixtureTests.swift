import Calls
import Foundation
import PromptKit
import Testing
import Vocabulary
import Workflow

// Set PROMPTKIT_UPDATE_FIXTURES=1 to rewrite the expected readings; review the diff.
private let updating = ProcessInfo.processInfo.environment["PROMPTKIT_UPDATE_FIXTURES"] == "1"

/// The transcripts written for the parser's tests, each with a `NAME.call` saying who the
/// founder is, the stage and the day, and the expected reading in `NAME.reading.json`.
private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("CallsTests/Fixtures/calls")

private let calls: [String] =
  ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
  .filter { $0.hasSuffix(".call") }.map { String($0.dropLast(".call".count)) }.sorted()

/// What a `.call` file says: `me:` lines, `stage:`, `on:`.
private struct CallSetup {
  var me: [String] = []
  var stage = Stage.first
  var day = JournalDay(year: 2026, month: 1, day: 1)
}

private func setup(_ name: String) throws -> CallSetup {
  var setup = CallSetup()
  let text = try String(contentsOf: folder.appendingPathComponent("\(name).call"), encoding: .utf8)
  for line in text.split(separator: "\n") {
    let parts = line.split(separator: ":", maxSplits: 1).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    guard parts.count == 2 else { continue }
    switch parts[0] {
    case "me": setup.me.append(parts[1])
    case "stage": setup.stage = Stage(reading: parts[1]) ?? .first
    case "on": setup.day = JournalDay(parts[1])
    default: break
    }
  }
  return setup
}

private func transcript(_ name: String) throws -> CallTranscript {
  let file = try #require(
    FileManager.default.contentsOfDirectory(atPath: folder.path).first {
      $0.hasPrefix(name + ".") && !$0.hasSuffix(".call") && !$0.hasSuffix(".json")
        && !$0.hasSuffix(".turns")
    })
  let data = try Data(contentsOf: folder.appendingPathComponent(file))
  return try #require(TranscriptReader().read(data, path: file).transcript)
}

func reading(_ name: String) throws -> CallReading {
  let setup = try setup(name)
  let call = try transcript(name)
  let founders = Set(setup.me.compactMap { CallParties.speaker(named: $0, in: call.speakers) })
  #expect(founders.count == setup.me.count)
  return CallReader(lexicon: bundledLexicon).read(
    call, parties: CallParties(founders: founders), stage: setup.stage,
    day: try #require(setup.day))
}

@Test func thereAreReadingFixtures() {
  #expect(calls.count >= 6)
}

@Test(arguments: calls)
func aCallIsReadExactly(name: String) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  let actual = String(decoding: try encoder.encode(try reading(name)), as: UTF8.self) + "\n"
  let url = folder.appendingPathComponent("\(name).reading.json")
  if updating {
    try actual.write(to: url, atomically: true, encoding: .utf8)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(actual == expected, "\(name).reading.json differs; actual:\n\(actual)")
}

@Test func theCallThatCommitsHasItsAskReplyAndSteps() throws {
  let call = try reading("zoom-commit")
  #expect(call.ask?.place.time?.description == "00:00:48")
  #expect(call.reply?.interpretation.verdict == .commitment)
  #expect(call.nextSteps.contains { $0.owner == .us && $0.due?.description == "2026-03-02" })
  #expect(call.nextSteps.contains { $0.owner == .them && $0.due?.description == "2026-03-03" })
}

@Test func thePitchIsFlaggedAndTheNoIsRead() throws {
  let call = try reading("pitch-no")
  #expect(call.reply?.interpretation.verdict == .rejection)
  #expect(call.founderShare > 0.5)
  #expect(call.questions.contains { $0.flags.contains { $0.kind == .leading } })
}

@Test func theHedgeIsAHedge() throws {
  #expect(try reading("teams-hedge").reply?.interpretation.verdict == .hedge)
  #expect(try reading("timed-hedge").reply?.interpretation.verdict == .hedge)
}

@Test func fourSpeakersSplitIntoTwoSides() throws {
  let call = try reading("four-speakers")
  #expect(call.speakers.count == 4)
  #expect(
    call.speakers.filter { $0.side == .us }.map(\.name).sorted() == ["Omar Haddad", "Rosa Lind"])
  #expect(abs(call.speakers.reduce(0) { $0 + $1.share } - 1) < 0.000_001)
  #expect(call.reply?.interpretation.verdict == .commitment)
}

@Test func aFounderNameMatchesByFirstNameOnlyWhenUnique() {
  let speakers = ["Dana Reyes", "Dana Cho", "Sam Lee"]
  #expect(CallParties.speaker(named: "sam", in: speakers) == "Sam Lee")
  #expect(CallParties.speaker(named: "Dana", in: speakers) == nil)
  #expect(CallParties.speaker(named: "dana  cho", in: speakers) == "Dana Cho")
  #expect(CallParties.remembered(["Sam"], in: speakers).isEmpty)
  #expect(CallParties.remembered(["sam lee"], in: speakers) == ["Sam Lee"])
}
