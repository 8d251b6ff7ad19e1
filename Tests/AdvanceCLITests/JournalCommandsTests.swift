import Foundation
import Journal
import TerminalTestSupport
import Testing
import Vocabulary

@testable import AdvanceCLI

/// The journal commands on a fresh temporary journal each.
struct JournalCommandsTests {
  let folder: TemporaryDirectory
  let path: String
  let output = BufferSink()
  let errors = BufferSink()

  init() throws {
    folder = try TemporaryDirectory()
    path = folder.path + "/journal.sqlite"
  }

  func context(today: String = "2026-11-23") throws -> CommandContext {
    var options = CommandSettings()
    options.journal = path
    return CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: ["ADVANCE_TODAY": today], options: options,
      reader: PipeLineReader { nil })
  }

  /// Dana has a step overdue; Sam was met once and owes nothing.
  func seed() throws -> (dana: Lead, intro: Commitment) {
    let journal = JournalStore(path: path)
    try journal.open()
    defer { journal.close() }
    let dana = try journal.addLead(Lead(name: "Dana Reyes", company: "Acme", role: "Head of Ops"))
    let sam = try journal.addLead(Lead(name: "Sam Okafor", company: "Birch"))
    let day = try #require(JournalDay("2026-11-10"))
    let meeting = try journal.addMeeting(
      Meeting(
        leadId: dana.id, kind: .debrief, day: day, status: .done,
        plannedAsk: "an intro to their CFO", reply: "I'll intro you to our CFO by Friday",
        verdict: .commitment, currencies: [.reputation], score: 70))
    let intro = try journal.addCommitment(
      Commitment(
        leadId: dana.id, meetingId: meeting.id, what: "intro to the CFO",
        currency: .reputation, due: DueDate(try #require(JournalDay("2026-11-20"))),
        owner: .them))
    _ = try journal.addMeeting(
      Meeting(
        leadId: sam.id, kind: .debrief, day: day, status: .done, reply: "keep me posted",
        verdict: .hedge, complimentCount: 3))
    return (dana, intro)
  }

  @Test func anEmptyJournalSaysWhatToDo() throws {
    try LeadsCommand.parse([]).run(in: try context())
    #expect(output.text.hasPrefix("No leads yet."))
  }

  @Test func leadsPutsTheOverdueStepFirst() throws {
    _ = try seed()
    try LeadsCommand.parse([]).run(in: try context())
    let lines = output.text.split(separator: "\n").map(String.init)
    #expect(lines[0].hasPrefix("LEAD"))
    #expect(lines[1].hasPrefix("Dana Reyes (Acme)"))
    #expect(lines[1].contains("! next step overdue"))
    #expect(lines[2].hasPrefix("Sam Okafor (Birch)"))
    #expect(lines[2].contains("no next step since the last meeting"))
    #expect(lines.last == "2 leads, 2 to act on.")
  }

  @Test func oneLeadIsCountedInTheSingular() throws {
    let journal = JournalStore(path: path)
    try journal.open()
    _ = try journal.addLead(Lead(name: "Ada"))
    journal.close()
    try LeadsCommand.parse([]).run(in: try context())
    #expect(output.text.hasSuffix("\n1 lead, 0 to act on.\n"))
  }

  @Test func showTellsTheLeadsStory() throws {
    _ = try seed()
    try ShowCommand.parse(["dana"]).run(in: try context())
    #expect(output.text.hasPrefix("Dana Reyes — Head of Ops at Acme  (stage: new)\n"))
    #expect(output.text.contains("2026-11-10  debrief: commitment (reputation), score 70/100\n"))
    #expect(output.text.contains("they said: I'll intro you to our CFO by Friday"))
    #expect(output.text.contains("them: intro to the CFO [reputation], due 2026-11-20"))
  }

  @Test func showNamesTheLeadItCannotFind() throws {
    _ = try seed()
    #expect(throws: CommandFailure("no lead matches 'zed'; 'leads' lists them")) {
      try ShowCommand.parse(["zed"]).run(in: try context())
    }
  }

  @Test func followupsListsAndMarksByIdPrefix() throws {
    let (_, intro) = try seed()
    try FollowupsCommand.parse([]).run(in: try context())
    #expect(output.text.contains(String(intro.id.prefix(8)) + "  2026-11-20"))
    #expect(output.text.contains("! 3 days overdue"))

    try FollowupsCommand.parse(["done", String(intro.id.prefix(6))]).run(in: try context())
    #expect(output.text.hasSuffix("marked done: intro to the CFO\n"))
    let journal = JournalStore(path: path)
    try journal.open()
    #expect(try journal.commitment(id: intro.id)?.status == .done)
  }

  @Test func exportAndImportRoundTripIdempotently() throws {
    _ = try seed()
    let file = folder.path + "/all.json"
    try ExportCommand.parse(["--format", "json", "-o", file]).run(in: try context())
    var info = stat()
    #expect(stat(file, &info) == 0 && info.st_mode & 0o777 == 0o600)

    var options = CommandSettings()
    options.journal = folder.path + "/other.sqlite"
    let other = CommandContext(
      console: Console(style: TerminalStyle(isEnabled: false), output: output, errors: errors),
      environment: [:], options: options)
    try ImportCommand.parse([file]).run(in: other)
    try ImportCommand.parse([file]).run(in: other)
    let imports = output.text.split(separator: "\n").filter { $0.hasPrefix("imported") }
    #expect(imports.count == 2)
    // 2 leads, 2 meetings, 1 commitment.
    #expect(imports[0] == "imported \(file): 5 added, 0 updated, 0 unchanged")
    #expect(imports[1] == "imported \(file): 0 added, 0 updated, 5 unchanged")
  }

  @Test func aCorruptJournalIsLeftAloneWithStatusThree() throws {
    let garbage = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31) })
    try garbage.write(to: URL(fileURLWithPath: path))
    #expect(throws: CommandFailure.self) {
      try LeadsCommand.parse([]).run(in: try context())
    }
    do {
      try LeadsCommand.parse([]).run(in: try context())
    } catch let failure as CommandFailure {
      #expect(failure.status == 3)
      #expect(failure.message.contains(path))
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
  }

  @Test func anOverlongNameIsRefusedWithFileLineAndColumn() throws {
    let journal = JournalStore(path: path)
    try journal.open()
    _ = try journal.addLead(Lead(name: "Ada"))
    let json = try journal.export(.json)
    journal.close()
    let long = String(repeating: "x", count: 5_000)
    let text = json.replacingOccurrences(of: "\"name\" : \"Ada\"", with: "\"name\" : \"\(long)\"")
    let line = try #require(
      text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
        $0.contains(long)
      })
    let file = folder.path + "/long.json"
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(
      throws: CommandFailure(
        "\(file):\(line + 1):16: leads[0].name: too long: at most 120 characters")
    ) {
      try ImportCommand.parse([file]).run(in: try context())
    }
  }

  @Test func aBadImportNamesTheFileAndLine() throws {
    let file = folder.path + "/bad.json"
    try "{\n  \"schemaVersion\": 1,\n  \"leads\": [{\"id\": 3}]\n}\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    do {
      try ImportCommand.parse([file]).run(in: try context())
      Issue.record("a bad file was imported")
    } catch let failure as CommandFailure {
      #expect(failure.message.hasPrefix(file + ":"))
      #expect(failure.status == 1)
    }
  }
}
