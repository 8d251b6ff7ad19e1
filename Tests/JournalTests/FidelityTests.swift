import Foundation
import GRDB
import TerminalTestSupport
import Testing

@testable import Journal

@Suite struct FidelityTests {
  @Test(arguments: ExportTests.awkward + ["  spaces  ", "tab\tand\u{7F}"])
  func textComesBackByteForByte(text: String) throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: text, company: text, tags: [text, "x"]))
    let meeting = try journal.addMeeting(
      Meeting(leadId: lead.id, kind: .debrief, day: Days.today, plannedAsk: text, reply: text))
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: text)
    journal.close()
    let again = JournalStore(path: journal.path)
    let stored = try #require(try again.lead(id: lead.id))
    #expect(Array(stored.name.utf8) == Array(text.utf8))
    #expect(stored.tags == [text, "x"])
    #expect(try again.meeting(id: meeting.id)?.reply.utf8.elementsEqual(text.utf8) == true)
    #expect(
      try again.answers(meeting: meeting.id).first?.value.utf8.elementsEqual(text.utf8) == true)
  }

  @Test func aOneMegabyteNoteRoundTrips() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let meeting = try journal.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    let unit = "They said \"no\"; 'DROP TABLE'; 🚀 é\n"
    let note = String(repeating: unit, count: 1_048_576 / unit.utf8.count + 1)
    #expect(note.utf8.count > 1_048_576)
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: note)
    let json = try journal.export(.json)
    let other = try TemporaryDirectory().journal()
    _ = try other.importJSON(Data(json.utf8))
    #expect(try other.answers(meeting: meeting.id).first?.value == note)
    #expect(try journal.answers(meeting: meeting.id).first?.value == note)
  }

  @Test func answersAreUpsertedOnePerQuestion() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let meeting = try journal.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    try journal.recordAnswer(meeting: meeting.id, question: "reply", value: "first")
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: "n")
    try journal.recordAnswer(meeting: meeting.id, question: "reply", value: "second")
    let answers = try journal.answers(meeting: meeting.id)
    #expect(answers.count == 2)
    #expect(answers.first { $0.questionId == "reply" }?.value == "second")
  }
}

@Suite struct ConcurrencyTests {
  @Test func twoConnectionsWritingAtOnceLoseNothing() async throws {
    let folder = try TemporaryDirectory()
    let setup = try folder.journal()
    let lead = try setup.addLead(Lead(name: "Ada"))
    let meeting = try setup.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    setup.close()
    let path = setup.path
    try await withThrowingTaskGroup(of: Void.self) { group in
      for writer in 0..<2 {
        group.addTask {
          // A separate JournalStore is a separate connection of its own, as a
          // second process would have.
          let journal = JournalStore(path: path)
          for index in 0..<200 {
            try journal.recordAnswer(
              meeting: meeting.id, question: "w\(writer)-\(index)", value: "\(index)")
            if index % 50 == 0 {
              try journal.addCommitment(
                Commitment(leadId: lead.id, what: "w\(writer)", owner: .us))
            }
          }
          journal.close()
        }
      }
      try await group.waitForAll()
    }
    let journal = JournalStore(path: path)
    #expect(try journal.answers(meeting: meeting.id).count == 400)
    #expect(try journal.commitments(lead: lead.id).count == 8)
    journal.close()
    #expect(try sqlite(path, "PRAGMA integrity_check") == "ok\n")
  }

  @Test func anotherProcessWritingAtTheSameTimeLosesNothing() async throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let meeting = try journal.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    // The system sqlite3 shell as the second process: 200 inserts, one transaction each, with
    // the same busy timeout as the journal.
    var script = ".timeout 5000\n"
    for index in 0..<200 {
      script +=
        "INSERT INTO answer VALUES ('\(meeting.id)', 'other-\(index)', 'x', "
        + "'2026-11-23T10:00:00.000Z');\n"
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [journal.path]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let writer = Task.detached {
      input.fileHandleForWriting.write(Data(script.utf8))
      try input.fileHandleForWriting.close()
    }
    for index in 0..<200 {
      try journal.recordAnswer(meeting: meeting.id, question: "ours-\(index)", value: "y")
    }
    try await writer.value
    process.waitUntilExit()
    let errors = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0)
    #expect(errors.isEmpty)
    #expect(try journal.answers(meeting: meeting.id).count == 400)
  }

  @Test func severalConnectionsCreatingTheSameJournalAllSucceed() async throws {
    let folder = try TemporaryDirectory()
    let path = folder.path + "/new/journal.sqlite"
    try await withThrowingTaskGroup(of: Void.self) { group in
      for index in 0..<4 {
        group.addTask {
          let journal = JournalStore(path: path)
          try journal.addLead(Lead(name: "Lead \(index)"))
          journal.close()
        }
      }
      try await group.waitForAll()
    }
    let journal = JournalStore(path: path)
    #expect(try journal.leads().count == 4)
    #expect(try journal.appliedMigrations() == JournalSchema.migrationNames)
  }

  @Test func aProcessDyingMidWizardKeepsEveryAnsweredQuestion() throws {
    let folder = try TemporaryDirectory()
    let journal = try folder.journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    let meeting = try journal.addMeeting(Meeting(leadId: lead.id, kind: .debrief, day: Days.today))
    for index in 0..<20 {
      try journal.recordAnswer(meeting: meeting.id, question: "q\(index)", value: "answer \(index)")
    }
    // Copy the files while the journal is still open, as a kill -9 would leave them: no
    // checkpoint, no clean close.
    let crashed = folder.path + "/crashed.sqlite"
    for suffix in ["", "-wal"] {
      try FileManager.default.copyItem(atPath: journal.path + suffix, toPath: crashed + suffix)
    }
    #expect(try sqlite(crashed, "PRAGMA integrity_check") == "ok\n")
    let recovered = JournalStore(path: crashed)
    #expect(try recovered.answers(meeting: meeting.id).count == 20)
  }
}
