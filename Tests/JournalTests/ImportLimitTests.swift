import Foundation
import TerminalTestSupport
import Testing

@testable import Journal

/// An import takes no more than the wizards do, refuses NUL and ids that are not ids, and says
/// where: the record's path, line and column.
struct ImportLimitTests {
  /// A small journal's export: one lead with a company, a meeting with a reply, a step.
  func export() throws -> String {
    let journal = try TemporaryDirectory().journal()
    let lead = try journal.addLead(Lead(name: "Ada", company: "Acme", role: "CFO", tags: ["warm"]))
    let meeting = try journal.addMeeting(
      Meeting(leadId: lead.id, kind: .debrief, day: Days.day("2026-11-20"), reply: "sure"))
    try journal.recordAnswer(meeting: meeting.id, question: "notes", value: "a note")
    _ = try journal.addCommitment(
      Commitment(
        leadId: lead.id, meetingId: meeting.id, what: "intro", owner: .them, person: "Joan"))
    return try journal.export(.json)
  }

  /// The error importing `text` into a fresh journal, which must stay empty.
  func refusal(_ text: String) throws -> ImportError? {
    let journal = try TemporaryDirectory().journal()
    defer { #expect((try? journal.leads().isEmpty) == true, "nothing is imported") }
    do {
      _ = try journal.importJSON(Data(text.utf8))
    } catch let error as ImportError {
      return error
    }
    return nil
  }

  /// The 1-based line and column where `needle` starts in `text`.
  func place(of needle: String, in text: String) throws -> (line: Int, column: Int) {
    let range = try #require(text.range(of: needle))
    let before = text[..<range.lowerBound]
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (
      before.filter { $0 == "\n" }.count + 1, text.utf8[lineStart..<range.lowerBound].count + 1
    )
  }

  static let long = String(repeating: "é", count: 121)

  @Test(arguments: [
    ("\"name\" : \"Ada\"", "\"name\" : \"\(long)\"", "leads[0].name", "at most 120 characters"),
    ("\"company\" : \"Acme\"", "\"company\" : \"\(long)\"", "leads[0].company", "at most 120"),
    ("\"role\" : \"CFO\"", "\"role\" : \"\(long)\"", "leads[0].role", "at most 120"),
    ("\"warm\"", "\"\(long)\"", "leads[0].tags[0]", "at most 120 characters"),
    (
      "\"what\" : \"intro\"", "\"what\" : \"\(String(repeating: "x", count: 2001))\"",
      "commitments[0].what", "at most 2000 characters"
    ),
    (
      "\"reply\" : \"sure\"", "\"reply\" : \"su\\u0000re\"", "meetings[0].reply",
      "contains a NUL character"
    ),
    ("\"value\" : \"a note\"", "\"value\" : \"a\\u0000\"", "answers[0].value", "NUL"),
    (
      "\"questionId\" : \"notes\"", "\"questionId\" : \"my notes\"", "answers[0].questionId",
      "expected an id"
    ),
    (
      "\"person\" : \"Joan\"", "\"person\" : \"\(long)\"", "commitments[0].person",
      "at most 120"
    ),
  ])
  func aFieldPastItsLimitIsRefusedWithItsPlace(
    original: String, replacement: String, path: String, message: String
  ) throws {
    let json = try export()
    let broken = try #require(json.range(of: original)).lowerBound
    let text = json.replacingCharacters(
      in: broken..<json.index(broken, offsetBy: original.count), with: replacement)
    let error = try #require(try refusal(text))
    #expect(error.path == path)
    #expect(error.message.contains(message), "\(error.message)")
    let value = try place(of: replacement, in: text)
    // The place is the value's: past the key, its colon and the space.
    let offset = replacement.firstIndex(of: ":").map { replacement.utf8[...$0].count + 1 } ?? 0
    #expect(error.line == value.line)
    #expect(error.column == value.column + offset)
  }

  @Test func aNameAtTheCapIsImported() throws {
    let json = try export().replacingOccurrences(
      of: "\"name\" : \"Ada\"", with: "\"name\" : \"\(String(repeating: "é", count: 120))\"")
    let journal = try TemporaryDirectory().journal()
    _ = try journal.importJSON(Data(json.utf8))
    #expect(try journal.leads().first?.name.count == 120)
  }

  @Test(arguments: ["", "a b", "x\\u001b[2J", String(repeating: "a", count: 129)])
  func idsMustLookLikeIds(id: String) throws {
    let json = try export()
    let first = try #require(json.range(of: "\"id\" : \""))
    let end = try #require(json[first.upperBound...].firstIndex(of: "\""))
    let text = json.replacingCharacters(in: first.upperBound..<end, with: id)
    let error = try #require(try refusal(text))
    #expect(error.path.hasSuffix(".id"))
    #expect(error.message.contains(id.isEmpty ? "id" : "expected an id"), "\(error.message)")
  }

  @Test func truncatedJSONSaysWhereItEnds() throws {
    let json = try export()
    let cut = String(json.prefix(json.count / 2))
    let error = try #require(try refusal(cut))
    let lines = cut.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(error.line == lines.count)
    #expect(error.column == (lines.last?.utf8.count ?? 0) + 1)
    #expect(error.message.hasPrefix("not valid JSON: the file ends too soon ("))
  }

  @Test(arguments: [
    ("{\n  \"format\": \"advance-journal\"\n  \"leads\": []\n}", 3, 3, "expected ',' or '}'"),
    ("{\"leads\": [1,, 2]}", 1, 14, "expected a value"),
    ("{\"a\" 1}", 1, 6, "expected ':'"),
    ("[1] 2", 1, 5, "expected the end of the file after the value"),
    ("{\"a\": tru}", 1, 10, "expected a value"),
    (String(repeating: "[", count: 100_000), 1, 100_001, "the file ends too soon"),
  ])
  func brokenJSONIsPlaced(text: String, line: Int, column: Int, message: String) throws {
    let error = try #require(try refusal(text))
    #expect(error.line == line)
    #expect(error.column == column)
    #expect(error.message.contains(message), "\(error.message)")
  }
}
