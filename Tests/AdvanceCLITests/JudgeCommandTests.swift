import Foundation
import TerminalTestSupport
import Testing

/// `ask`, `interpret` and `score` on the built binary, as a script or a founder calls them.
struct JudgeCommandTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func run(_ arguments: [String], input: String = "") throws -> (String, String, Int32) {
    let run = try ShellRun.advance(arguments, environment: home.environment([:]), input: input)
    return (run.output, run.errors, run.status)
  }

  @Test func askGradesForTheStageAsOneJSONObjectALine() throws {
    let (output, _, status) = try run(
      ["ask", "--stage", "closing", "--jsonl"],
      input: "So what do you think?\n\nWould you sign an LOI for 20 seats this week?\n")
    #expect(status == 0)
    let lines = output.split(separator: "\n")
    #expect(lines.count == 2)
    let objects = try lines.map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects[0]["good"] as? Bool == false)
    #expect(["D", "F"].contains(objects[0]["grade"] as? String ?? ""))
    #expect((objects[0]["gaps"] as? [String])?.contains("no-chance-to-say-no") == true)
    #expect(objects[1]["good"] as? Bool == true)
    #expect(objects[1]["grade"] as? String == "A" || objects[1]["grade"] as? String == "B")
    let score = try #require(objects[1]["score"] as? Int)
    #expect((70...100).contains(score))
  }

  @Test func askReadsTheStageAsThePrepWritesItAndRefusesOthers() throws {
    let ask = "Would you put down a $2,000 deposit by Friday to hold a pilot slot?"
    let (first, _, _) = try run(["ask", ask, "--stage", "first", "--json"])
    let (closing, _, _) = try run(["ask", ask, "--stage", "closing", "--json"])
    #expect(first.contains("\"too-big\""))
    #expect(first.contains("\"good\" : false"))
    #expect(closing.contains("\"good\" : true"))
    let (_, errors, status) = try run(["ask", ask, "--stage", "someday"])
    #expect(status == 2)
    #expect(errors.contains("first"))
  }

  @Test func interpretJSONIsByteStable() throws {
    let text = "Sure, let's meet Tuesday at 3pm with your CFO."
    let (one, _, _) = try run(["interpret", text, "--json"])
    let (two, _, _) = try run(["interpret", text, "--json"])
    #expect(one == two)
    let keys = try #require(
      try JSONSerialization.jsonObject(with: Data(one.utf8)) as? [String: Any]
    ).keys.sorted()
    #expect(
      one.range(of: "\"currencies\"")?.lowerBound ?? one.endIndex < one.range(of: "\"verdict\"")?
        .lowerBound ?? one.startIndex)
    #expect(keys == ["currencies", "reasons", "signals", "strength", "text", "verdict"])
  }

  @Test func scoreListsOneFindingPerLineInOrder() throws {
    let notes = """
      - They chase 40 late invoices a month.
      - adored the demo, super slick
      - would buy 30 seats if it had SSO
      - asked for a weekly digest email
      - most agencies usually grow fast
      - Priya intros us to their COO on Thursday
      """
    let (output, _, status) = try run(["score", "--json", "-"], input: notes)
    #expect(status == 0)
    let card = try #require(
      try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    let findings = try #require((card["notes"] as? [String: Any])?["findings"] as? [[String: Any]])
    #expect(
      findings.compactMap { $0["kind"] as? String }
        == ["fact", "compliment", "hypothetical", "idea", "fluff", "commitment"])
  }
}
