import Foundation
import TerminalTestSupport
import Testing

/// `debrief LEAD --transcript FILE` proposes every answer from the call, and `transcript`
/// learns once who the founder is.
@Suite(.serialized)
struct DebriefFromCallTests {
  let home: TemporaryDirectory
  let call: String
  var environment: [String: String] { home.environment(["ADVANCE_TODAY": "2026-03-02"]) }

  /// The reply of the call, as said.
  static let reply =
    "Yes, Thursday at 2pm works. I'll bring Ana, she runs the warehouse, and I'll send you last"
    + " month's export tomorrow."

  init() throws {
    home = try TemporaryDirectory()
    let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "CallsTests/Fixtures/calls/zoom-commit.vtt")
    call = home.path + "/marco.vtt"
    try FileManager.default.copyItem(atPath: fixture.path, toPath: call)
  }

  private func journalBytes() throws -> Data {
    var data = Data()
    for suffix in ["", "-wal"] {
      let path = home.path + "/data/advance/journal.sqlite" + suffix
      if let bytes = FileManager.default.contents(atPath: path) { data.append(bytes) }
    }
    return data
  }

  @Test func aDebriefProposedFromTheCallIsConfirmedWithReturnAlone() throws {
    let session = try home.start(
      ["debrief", "Marco Bellini", "--transcript", call, "--me", "Priya"],
      environment: environment, waitFor: "What commitment did you want")
    try session.answer("", thenWaitFor: "Return (or a line with only '.') keeps:")
    // The proposed notes follow the marker; under load they may land a moment later.
    try session.waitFor("It took two of us about six hours")
    try session.answer("", thenWaitFor: "What did you actually ask for?")
    try session.waitFor("From the call: heard at 00:00:48; grade")
    try session.answer("", thenWaitFor: "What did they say")
    try session.waitFor("Return keeps: Yes, Thursday at 2pm works.")
    try session.answer("", thenWaitFor: "commitment, a hedge or a no")
    try session.answer("", thenWaitFor: "What did it cost them?")
    try session.answer("", thenWaitFor: "you got:")
    try session.answer("", thenWaitFor: "What happens next?")
    try session.answer("", thenWaitFor: "who acts?")
    session.press(.enter)
    let screen = try session.waitFor("Saved to your journal.")
    #expect(screen.contains("Advanced: yes"), "\(screen)")
    #expect(try session.waitForExit() == 0)

    let shown = try ShellRun.advance(["show", "Marco Bellini"], environment: environment)
    #expect(
      shown.output.contains(
        "from the call (vtt-zoom): asked, currencies, next_steps, notes, reply, verdict"),
      "\(shown.output)")
    let json = try ShellRun.advance(["show", "Marco Bellini", "--json"], environment: environment)
    let story = try #require(
      try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
    let meeting = try #require((story["meetings"] as? [[String: Any]])?.last)
    #expect(meeting["reply"] as? String == Self.reply)
    #expect(meeting["advanced"] as? Bool == true)
    // What was confirmed is stored; the rest of the call is not.
    let stored = try journalBytes()
    #expect(stored.range(of: Data("thanks for making the time today".utf8)) == nil)
    #expect(stored.range(of: Data("It took two of us about six hours".utf8)) != nil)
  }

  @Test func aCorrectionWinsAndTheRecordSaysWhatCameFromTheCall() throws {
    let typed = "Yes, Thursday at 2pm works, I'll bring Ana."
    let input = ["", "", "", typed, "", "", "", "", "", "", ""].joined(separator: "\n") + "\n"
    let run = try ShellRun.advance(
      [
        "debrief", "Marco Bellini", "--transcript", call, "--me", "Priya Nair", "--keep-transcript",
      ],
      environment: environment, input: input)
    #expect(run.status == 0, "\(run.errors)")
    let shown = try ShellRun.advance(["show", "Marco Bellini"], environment: environment)
    #expect(
      shown.output.contains(
        "from the call (vtt-zoom): asked, currencies, next_steps, notes, verdict;"
          + " its transcript is kept"),
      "\(shown.output)")
    #expect(shown.output.contains("they said: " + typed))
    #expect(try journalBytes().range(of: Data("thanks for making the time today".utf8)) != nil)
  }

  @Test func whoIsWhoIsAskedOnceAndRemembered() throws {
    let unknown = try ShellRun.advance(["transcript", call, "--json"], environment: environment)
    #expect(unknown.status == 1)
    #expect(unknown.errors.contains("--me NAME (the speakers are Priya Nair, Marco Bellini)"))

    let session = try home.start(
      ["transcript", call], environment: environment,
      waitFor: "Which of these is you")
    session.type("1")
    session.press(.enter)
    try session.waitFor("The ask")
    #expect(try session.waitForExit() == 0)
    #expect(session.text.contains("you   Priya Nair"))

    let again = try ShellRun.advance(["transcript", call, "--json"], environment: environment)
    #expect(again.status == 0, "\(again.errors)")
    let reading = try #require(
      try JSONSerialization.jsonObject(with: Data(again.output.utf8)) as? [String: Any])
    let sides = (reading["speakers"] as? [[String: Any]])?.map {
      "\($0["name"] ?? ""):\($0["side"] ?? "")"
    }
    #expect(sides?.sorted() == ["Marco Bellini:them", "Priya Nair:us"])
  }
}
