import Foundation
import TerminalTestSupport
import Testing

/// A founder's week of three prospects, run from answers files.
///
/// A clear no, a hedge, and a dated commitment with three next steps: every screen and export
/// must tell the same story.
@Suite struct MeetingWeekTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
    for (name, text) in Self.week {
      let path = home.path + "/" + name + ".yaml"
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      let run = try advance(["debrief", "--answers", path])
      #expect(run.status == 0, "\(name): \(run.errors)")
    }
  }

  static let week = [
    (
      "maria",
      """
      lead: Maria Chen
      planned: a 30-minute call with her finance team
      notes: |
        They built an internal matching tool last year.
        She said the demo was great.
      asked: a call with her finance team next week
      reply: No, we built our own tool and we're not going to switch.
      next_steps:
        - what: I send Maria a thank-you email
      """
    ),
    (
      "jordan",
      """
      lead: Jordan Park
      planned: a two-week pilot on their data
      notes: He loved the dashboard.
      asked: a two-week pilot on their own data
      reply: Sounds great, send me a deck and I'll forward it to our CFO.
      verdict: commitment
      next_steps: I send Jordan the deck
      """
    ),
    (
      "dana",
      """
      lead: Dana Reyes
      planned: a paid pilot from January
      notes: |
        They reconcile 300 invoices a month by hand.
        Dev built a spreadsheet macro to flag duplicates.
      asked: a paid pilot from January, signed this month
      reply: Yes. I'll sign the pilot agreement by the 14th, and you should meet our COO Thursday.
      verdict: commitment
      next_steps:
        - what: I send the agreement today
          owner: us
        - what: she signs by the 14th
        - what: we meet her COO Thursday 10am
      """
    ),
  ]

  struct Run {
    let output: String
    let errors: String
    let status: Int32
  }

  func advance(_ arguments: [String]) throws -> Run {
    let run = try ShellRun.advance(
      arguments, environment: home.environment(["ADVANCE_TODAY": "2026-12-01"]))
    return Run(output: run.output, errors: run.errors, status: run.status)
  }

  func json(_ arguments: [String]) throws -> Any {
    let run = try advance(arguments + ["--json"])
    #expect(run.status == 0, "\(run.errors)")
    return try JSONSerialization.jsonObject(with: Data(run.output.utf8))
  }

  func leads() throws -> [String: [String: Any]] {
    let rows = try #require(try json(["leads"]) as? [[String: Any]])
    return Dictionary(
      uniqueKeysWithValues: rows.compactMap { row in
        (row["name"] as? String).map { ($0, row) }
      })
  }

  func meeting(_ lead: String) throws -> [String: Any] {
    let story = try #require(try json(["show", lead]) as? [String: Any])
    let meetings = try #require(story["meetings"] as? [[String: Any]])
    return try #require(meetings.last)
  }

  @Test func theClearNoDidNotAdvanceAndTheLeadIsNotChased() throws {
    let maria = try #require(try leads()["Maria Chen"])
    #expect(maria["advanced"] as? Bool == false)
    let meeting = try meeting("Maria")
    #expect(meeting["verdict"] as? String == "rejection")
    #expect(meeting["advanced"] as? Bool == false)
    let steps = try #require(meeting["next_steps"] as? [[String: Any]])
    #expect(steps.map { $0["owner"] as? String } == ["us"])
    let text = try advance(["leads"]).output
    #expect(text.contains("Maria Chen") && text.contains("lost"))
  }

  @Test func theHedgeKeepsBothReadingsAndOurHomeworkIsOurs() throws {
    let jordan = try #require(try leads()["Jordan Park"])
    let meeting = try meeting("Jordan")
    #expect(meeting["verdict"] as? String == "hedge")
    #expect(meeting["your_verdict"] as? String == "commitment")
    // Unasked (a script), the judge's reading stands; the deck is our homework either way.
    #expect(meeting["advanced"] as? Bool == false)
    let steps = try #require(meeting["next_steps"] as? [[String: Any]])
    #expect(steps.map { $0["owner"] as? String } == ["us"])
    #expect(jordan["advanced"] as? Bool == meeting["advanced"] as? Bool)
    let next = try #require(jordan["next_step"] as? [String: Any])
    #expect(next["owner"] as? String == "us")
  }

  @Test func theCommitmentAdvancedWithThreeOwnedDatedSteps() throws {
    let dana = try #require(try leads()["Dana Reyes"])
    #expect(dana["advanced"] as? Bool == true)
    #expect(dana["stage"] as? String == "met")
    let meeting = try meeting("Dana")
    #expect(meeting["advanced"] as? Bool == true)
    let steps = try #require(meeting["next_steps"] as? [[String: Any]])
    let owners = steps.map { "\($0["owner"] ?? "")" }
    let dues = steps.map { "\($0["due"] ?? "")" }
    #expect(owners == ["us", "them", "them"])
    #expect(dues == ["2026-12-01", "2026-12-14", "2026-12-03T10:00"])
    let followups = try #require(try json(["followups"]) as? [[String: Any]])
    let danas = followups.filter { $0["lead"] as? String == "Dana Reyes" }
    #expect(danas.count == 3)
    #expect(Set(danas.compactMap { $0["status"] as? String }) == ["promised"])
  }

  @Test func exportsTellTheSameStory() throws {
    let csv = try advance(["export", "--format", "csv-commitments"]).output
    #expect(csv.contains("I send Jordan the deck,us,"))
    #expect(csv.contains("she signs by the 14th,them,"))
    let markdown = try advance(["export", "--format", "md"]).output
    #expect(markdown.contains("- [ ] I send Maria a thank-you email — owner us, promised"))
    // The notes as the judge read them, each line with its kind, from the stored scorecard.
    #expect(markdown.contains("\n- *fact* — They reconcile 300 invoices a month by hand.\n"))
    #expect(markdown.contains("\n- *compliment* — He loved the dashboard.\n"))
    #expect(
      markdown.contains(
        "- **Your verdict:** commitment — you and the judge differ; the judge's stands"))
    // One row a lead for a CRM; the lead table and the steps as before.
    let crm = try advance(["export", "--format", "csv"]).output
    #expect(crm.hasPrefix("name,company,role,stage,meetings,last_meeting,"))
    #expect(crm.contains("\r\nDana Reyes,,,met,1,2026-12-01,commitment,commitment,yes,"))
    #expect(crm.components(separatedBy: "\r\n").count == 5, "a header, three leads, the end")
    #expect(try advance(["export", "--format", "csv-leads"]).output.hasPrefix("id,name,company,"))
    let calendar = try advance(["export", "--format", "ics"]).output
    #expect(calendar.contains("SUMMARY:Dana Reyes: them — she signs by the 14th\r\n"))
    #expect(calendar.components(separatedBy: "BEGIN:VALARM").count == 4, "three open dated steps")
  }
}
