import Foundation
import TerminalTestSupport
import Testing

/// A founder's week, Monday 30 November to Thursday 3 December 2026, driven by answers files:
/// preps that say when the meeting is, debriefs right after some of them, and each morning's
/// agenda, from `today` and from the REPL's banner under a pseudo-terminal.
@Suite(.serialized)
struct FounderWeekTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func environment(_ day: String, _ extra: [String: String] = [:]) -> [String: String] {
    home.environment(["ADVANCE_TODAY": day].merging(extra) { $1 })
  }

  @discardableResult
  func advance(_ arguments: [String], on day: String) throws -> ShellRun {
    let run = try ShellRun.advance(arguments, environment: environment(day))
    #expect(run.status == 0, "\(arguments) on \(day): \(run.errors)")
    return run
  }

  func file(_ name: String, _ text: String) throws -> String {
    let path = home.path + "/" + name + ".yaml"
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  static func prep(_ lead: String, when: String) -> String {
    """
    lead: \(lead)
    when: \(when)
    stage: follow-up
    currency: time
    ask: Could you book an hour with your ops lead next Tuesday to try it on your own data?
    questions: |
      When did this last cost you a customer?
    rehearsed: yes
    yes_sounds: Let me book Tuesday
    hedge_sounds: Send me a deck

    """
  }

  static let danaDebrief = """
    lead: Dana Reyes
    planned: a paid pilot from January
    notes: |
      They reconcile 300 invoices a month by hand.
    asked: a paid pilot from January, signed this month
    reply: Yes. I'll sign the pilot agreement by the 14th, and you should meet our COO Thursday.
    verdict: commitment
    next_steps:
      - what: I send the agreement today
        owner: us
      - what: she signs by the 14th
      - what: we meet her COO Thursday 10am

    """

  /// The REPL's banner on `day`: the lines between the title and the prompt.
  func banner(on day: String) throws -> String {
    let binary = try AdvanceBinary.require()
    let session = try TerminalSession(executable: binary, environment: environment(day))
    let screen = try session.waitFor("advance> ")
    session.type("quit\n")
    _ = try session.waitForExit()
    let lines = screen.components(separatedBy: "\n")
    let start = try #require(lines.firstIndex { $0.hasPrefix("advance ") })
    let end = try #require(lines.lastIndex { $0.hasPrefix("advance> ") })
    return lines[(start + 1)..<end].joined(separator: "\n")
  }

  func agenda(on day: String) throws -> [String: Any] {
    let run = try advance(["today", "--json"], on: day)
    return try #require(
      try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
  }

  @Test func eachMorningShowsTheRightAgenda() throws {
    // Sunday: nothing in the journal yet, and the banner does not create one.
    #expect(try banner(on: "2026-11-29").isEmpty)
    #expect(!FileManager.default.fileExists(atPath: home.path + "/data/advance/journal.sqlite"))

    // Monday: two meetings booked from their preps.
    let dana = try advance(
      ["prep", "--answers", try file("dana-prep", Self.prep("Dana Reyes", when: "tomorrow 10am"))],
      on: "2026-11-30")
    #expect(dana.output.contains("Meeting: 2026-12-01T10:00"))
    try advance(
      ["prep", "--answers", try file("jordan-prep", Self.prep("Jordan Park", when: "wed 3pm"))],
      on: "2026-11-30")
    #expect(try banner(on: "2026-11-30") == "Tomorrow: Dana Reyes 10:00 (prepped)")

    // Tuesday morning: Dana today, Jordan tomorrow; the debrief after Dana's meeting.
    #expect(
      try banner(on: "2026-12-01")
        == "Today: Dana Reyes 10:00 (prepped). Tomorrow: Jordan Park 15:00 (prepped)")
    try advance(
      ["debrief", "--answers", try file("dana-debrief", Self.danaDebrief)], on: "2026-12-01")
    let afternoon = try agenda(on: "2026-12-01")
    let meetings = try #require(afternoon["meetings"] as? [[String: Any]])
    #expect(
      meetings.map { "\($0["lead"] ?? "") \($0["prep"] ?? "")" } == [
        "Dana Reyes debriefed", "Jordan Park prepped",
      ])
    let due = try #require(afternoon["due"] as? [[String: Any]])
    #expect(
      due.map { "\($0["owner"] ?? ""): \($0["what"] ?? "")" } == ["us: I send the agreement today"])

    // Wednesday: Jordan today; our step from yesterday is overdue.
    #expect(
      try banner(on: "2026-12-02") == """
        Today: Jordan Park 15:00 (prepped)
        To do: due: 1 of yours (1 overdue)
        """)

    // Thursday: Jordan's meeting passed without a debrief; the COO meeting is theirs, today.
    let thursday = try advance(["today"], on: "2026-12-03").output
    #expect(
      thursday == """
        Today, Thu 3 Dec
        Debriefs to write (the meeting passed)
          Wed 2 Dec 15:00: Jordan Park — debrief 'Jordan Park'
        Yours to do
          2 days overdue: Dana Reyes: I send the agreement today
        Theirs, to chase
          due today: Dana Reyes: we meet her COO Thursday 10am

        """)
    #expect(
      try banner(on: "2026-12-03") == """
        To do: debrief Jordan Park; due: 1 of yours (1 overdue), 1 of theirs
        """)

    // The steps `today` lists are the open steps `followups` lists, due by then.
    let followups = try #require(
      try JSONSerialization.jsonObject(
        with: Data(try advance(["followups", "--json"], on: "2026-12-03").output.utf8))
        as? [[String: Any]])
    let dueThursday = followups.filter { ($0["due"] as? String ?? "9") < "2026-12-04" }
    let listed = try #require(try agenda(on: "2026-12-03")["due"] as? [[String: Any]])
    #expect(
      Set(listed.compactMap { $0["id"] as? String })
        == Set(dueThursday.compactMap { $0["id"] as? String }))
  }

  /// A day `days` from the real today: a lead's `createdAt` is the clock's, not `ADVANCE_TODAY`.
  static func day(in days: Int) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.locale = Locale(identifier: "en_US_POSIX")
    return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
  }

  @Test func leadsGoQuietByTheirStagesThresholds() throws {
    let later = Self.day(in: 10)
    try advance(["lead", "Sam Ortiz", "--add"], on: Self.day(in: 0))
    // Ten days after being added, a lead never met has gone quiet (the default: 7 days).
    let quiet = try #require(try agenda(on: later)["quiet"] as? [[String: Any]])
    #expect(quiet.map { "\($0["lead"] ?? "") \($0["reason"] ?? "")" } == ["Sam Ortiz quiet"])
    #expect(try banner(on: later).hasPrefix("Gone quiet: Sam Ortiz (10 days)"))
    // The thresholds are the founder's.
    let config = home.path + "/config/advance"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    try "stages:\n  new:\n    quiet_days: 30\n".write(
      toFile: config + "/config.yaml", atomically: true, encoding: .utf8)
    let relaxed = try #require(try agenda(on: later)["quiet"] as? [[String: Any]])
    #expect(relaxed.isEmpty)
    #expect(try advance(["check"], on: later).output.contains(": 0 errors"))
  }

  @Test func aBrokenConfigIsReportedAtItsPlace() throws {
    let config = home.path + "/config/advance"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    let path = config + "/config.yaml"
    try "stages:\n  mett:\n    quiet_days: 14\n  met:\n    quiet_days: 0\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    let today = try ShellRun.advance(["today"], environment: environment("2026-12-03"))
    #expect(today.status == 1)
    #expect(
      today.errors.contains("\(path):2:3: error: 'mett' is not a stage (did you mean 'met'?)"))
    #expect(today.errors.contains("\(path):5:17: error: 'quiet_days' must be between 1 and 365"))
    let check = try ShellRun.advance(["check", path], environment: environment("2026-12-03"))
    #expect(check.status == 1)
    #expect(check.errors.contains("\(path):2:3: error: 'mett' is not a stage"))
    #expect(check.errors.contains("checked 1 file: 2 errors, 0 warnings"))
  }

  @Test func searchFindsTheMeetingsThatMentionAWord() throws {
    try advance(
      ["debrief", "--answers", try file("dana-debrief", Self.danaDebrief)], on: "2026-12-01")
    let plain = try advance(["search", "invoices"], on: "2026-12-02").output
    #expect(
      plain == """
        Tue 1 Dec  Dana Reyes, met · notes
          They reconcile 300 **invoices** a month by hand.
        1 match.

        """)
    let steps = try advance(["search", "COO", "--json"], on: "2026-12-02").output
    let hits = try #require(
      try JSONSerialization.jsonObject(with: Data(steps.utf8)) as? [[String: Any]])
    #expect(Set(hits.compactMap { $0["kind"] as? String }) == ["reply", "step"])
    #expect(hits.allSatisfy { ($0["snippet"] as? String)?.contains("**COO**") == true })
    let none = try advance(["search", "COO", "--until", "Nov 30"], on: "2026-12-02").output
    #expect(none == "No meeting or step mentions that.\n")
    let bad = try ShellRun.advance(
      ["search", "COO", "--since", "someday"], environment: environment("2026-12-02"))
    #expect(bad.status == 2 && bad.errors.hasPrefix("error: --since: expected a date"))
  }

  static let jordanDebrief = """
    lead: Jordan Park
    planned: a two-week pilot on their data
    notes: He loved the dashboard.
    asked: Could you start a two-week pilot on your own data next Monday?
    reply: Sounds great, send me a deck and I'll forward it to our CFO.
    next_steps: I send Jordan the deck

    """

  func json(_ arguments: [String], on day: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(try advance(arguments, on: day).output.utf8))
  }

  /// Days are the clock's here: a step is marked kept at the clock's time.
  @Test func theReviewsNumbersMatchLeadsShowAndTheExports() throws {
    let today = Self.day(in: 0)
    let weekStart = Self.day(in: -6)
    try advance(
      ["debrief", "--answers", try file("jordan", Self.jordanDebrief)], on: Self.day(in: -7))
    try advance(["debrief", "--answers", try file("dana", Self.danaDebrief)], on: today)
    let steps = try #require(try json(["followups", "--json"], on: today) as? [[String: Any]])
    let signs = try #require(
      steps.first { ($0["what"] as? String)?.hasPrefix("she signs") == true })
    try advance(["followups", "done", try #require(signs["id"] as? String)], on: today)

    let review = try #require(try json(["review", "--json"], on: today) as? [String: Any])
    let now = try #require(review["current"] as? [String: Any])
    let before = try #require(review["previous"] as? [String: Any])
    #expect(now["from"] as? String == weekStart && now["through"] as? String == today)
    #expect(
      before["from"] as? String == Self.day(in: -13)
        && before["through"] as? String == Self.day(in: -7))

    // Meetings and advancement: what `show` says of each meeting, and `leads` of each lead.
    let leads = try #require(try json(["leads", "--json"], on: today) as? [[String: Any]])
    var held: [String: Int] = [:]
    var advanced: [String: Int] = [:]
    for lead in leads {
      let name = try #require(lead["name"] as? String)
      let story = try #require(try json(["show", name, "--json"], on: today) as? [String: Any])
      for meeting in try #require(story["meetings"] as? [[String: Any]])
      where meeting["kind"] as? String == "debrief" {
        let period = (meeting["day"] as? String ?? "") >= weekStart ? "now" : "before"
        held[period, default: 0] += 1
        if meeting["advanced"] as? Bool == true { advanced[period, default: 0] += 1 }
      }
      #expect((lead["meetings"] as? Int ?? 0) >= 1)
    }
    #expect(
      now["meetings_held"] as? Int == held["now"]
        && before["meetings_held"] as? Int == held["before"])
    #expect(now["advanced"] as? Int == (advanced["now"] ?? 0))
    #expect(before["advanced"] as? Int == (advanced["before"] ?? 0))
    #expect(now["advancement_rate"] as? Int == 100 && before["advancement_rate"] as? Int == 0)

    // Counts and promises: the JSON export's meetings and steps.
    let export = try #require(
      try json(["export", "--format", "json"], on: today) as? [String: Any])
    let meetings = try #require(export["meetings"] as? [[String: Any]])
    let thisWeek = meetings.filter {
      ($0["day"] as? String ?? "") >= weekStart && $0["kind"] as? String == "debrief"
    }
    #expect(now["facts"] as? Int == thisWeek.reduce(0) { $0 + ($1["factCount"] as? Int ?? 0) })
    #expect(
      now["compliments"] as? Int == thisWeek.reduce(0) { $0 + ($1["complimentCount"] as? Int ?? 0) }
    )
    let commitments = try #require(export["commitments"] as? [[String: Any]])
    let keptTheirs = commitments.count {
      $0["status"] as? String == "done" && $0["owner"] as? String == "them"
    }
    #expect((now["kept"] as? [String: Int])?["them"] == keptTheirs)
    #expect(keptTheirs == 1)
    let verdicts = try #require(now["verdicts"] as? [String: Int])
    #expect(verdicts == ["commitment": 1, "hedge": 0, "rejection": 0])
    #expect((before["verdicts"] as? [String: Int])?["hedge"] == 1)
    let asks = try #require(before["asks"] as? [String: Any])
    #expect(asks["graded"] as? Int == 1)

    // The terminal says the same numbers in plain lines when output is not a terminal.
    let text = try advance(["review"], on: today).output
    #expect(text.hasPrefix("Review of ") && text.contains("\nagainst the 7 days before, "))
    #expect(text.contains("\nMeetings held: 1; before: 1\n"))
    #expect(text.contains("\nAdvanced: 1 (100%); before: 0 (0%)\n"))
    #expect(text.contains("\nPromises kept, theirs: 1; before: 0\n"))
    #expect(text.contains("\nMeetings each day: 0, 0, 0, 0, 0, 0, 1\n"))
    #expect(!text.contains("█") && !text.contains("\u{1B}"))
  }

  @Test func theTerminalReviewDrawsBarsAndASparkline() throws {
    try advance(["debrief", "--answers", try file("dana", Self.danaDebrief)], on: "2026-12-01")
    let binary = try AdvanceBinary.require()
    let session = try TerminalSession(
      executable: binary, arguments: ["review"], environment: environment("2026-12-01"))
    _ = try session.waitForExit()
    let screen = session.text
    #expect(screen.contains("Meetings held           ██████████   1"))
    #expect(screen.contains("Meetings each day       ▁▁▁▁▁▁█"))
    // Accessible mode at the same terminal: the plain lines, not a byte of escape.
    let plain = try TerminalSession(
      executable: binary, arguments: ["review", "--accessible"],
      environment: environment("2026-12-01"))
    _ = try plain.waitForExit()
    #expect(plain.rawOutput.contains("Meetings held: 1; before: 0"))
    #expect(!plain.rawOutput.contains("\u{1B}") && !plain.rawOutput.contains("█"))
  }

  @Test func theHTMLReviewIsOnePageWithItsCharts() throws {
    try advance(["debrief", "--answers", try file("dana", Self.danaDebrief)], on: "2026-12-01")
    let path = home.path + "/review.html"
    let run = try advance(["review", "--html", "-o", path], on: "2026-12-01")
    #expect(run.output == "wrote \(path)\n")
    let page = try String(contentsOfFile: path, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
    #expect(page.components(separatedBy: "<svg ").count == 4, "three charts")
    // Self-contained: no script, nothing fetched.
    for banned in ["<script", "http://", "https://", "src=", "@import", "url("] {
      #expect(!page.contains(banned), "\(banned)")
    }
    #expect(page.contains("<td>Meetings held</td><td class=\"n\">1</td><td class=\"n\">0</td>"))
    #expect(page.contains("@media print"))
  }
}
