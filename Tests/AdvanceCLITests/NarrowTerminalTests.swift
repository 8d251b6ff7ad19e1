import Foundation
import TerminalTestSupport
import Testing

/// Tables, help, persona scenes and drill cards in an 80- and a 40-column terminal: nothing is
/// wider than the window, words are not cut in two, and a resize is honoured by what follows.
@Suite(.serialized)
struct NarrowTerminalTests {
  let home: TemporaryDirectory

  init() throws {
    home = try TemporaryDirectory()
  }

  func start(_ arguments: [String] = [], columns: UInt16) throws -> TerminalSession {
    try home.start(
      arguments, environment: ["ADVANCE_TODAY": "2026-11-23"], columns: columns, waitFor: nil)
  }

  /// The lines of `text` wider than `columns`.
  static func overlong(_ text: String, columns: Int) -> [String] {
    text.split(separator: "\n").map(String.init).filter { $0.count > columns }
  }

  func addLeadWithALongStep() throws {
    let answers = """
      lead: Dana Scully-Fox of the Extremely Long Company Name Holding
      planned: an intro to the head of procurement
      asked: an intro to the head of procurement and their finance lead
      reply: Sure, I'll introduce you to Maria from procurement on Tuesday at 10
      notes: |
        They run procurement through a shared inbox.
      verdict: commitment
      currencies: reputation
      versus_plan: same
      next_step: Dana introduces me to Maria from procurement and to the finance lead by email
      next_step_date: 2026-11-20

      """
    let file = home.path + "/answers.yaml"
    try answers.write(toFile: file, atomically: true, encoding: .utf8)
    let debrief = try ShellRun.run(
      "exec \"$ADVANCE\" debrief --answers '\(file)'",
      environment: home.environment(["ADVANCE_TODAY": "2026-11-23"]))
    #expect(debrief.status == 0, "\(debrief.errors)")
  }

  /// Runs `command` at a terminal of `columns`; `followups` asks which step to mark: Return.
  func table(_ command: String, columns: UInt16) throws -> String {
    let session = try start([command], columns: columns)
    if command == "followups" {
      try session.waitFor("Enter to finish")
      try session.waitForEditing()
      session.press(.enter)
    }
    _ = try session.waitForExit()
    return session.text.components(separatedBy: "mark one").first ?? ""
  }

  @Test func tablesShrinkTheirWidestTextColumnToFitEightyColumns() throws {
    try addLeadWithALongStep()
    for command in ["leads", "followups"] {
      let screen = try table(command, columns: 80)
      #expect(Self.overlong(screen, columns: 80) == [], "\(command): \(screen)")
      #expect(screen.contains("…"), "\(command): \(screen)")
      #expect(screen.contains("Dana Scully-Fox"), "\(command): \(screen)")
      // The overdue warning no longer fits beside the row: it goes under it, indented.
      #expect(screen.contains("\n    ! "), "\(command): \(screen)")
    }
  }

  @Test func atFortyColumnsTheTextColumnsGoDownToEightCharacters() throws {
    try addLeadWithALongStep()
    // Below about 50 columns the short columns (stage, dates, owner) alone no longer fit.
    for (command, widest) in [("leads", 48), ("followups", 48)] {
      let screen = try table(command, columns: 40)
      #expect(screen.contains("Dana Sc…  "), "\(command): \(screen)")
      #expect(Self.overlong(screen, columns: widest) == [], "\(command): \(screen)")
    }
  }

  @Test func aWideTerminalShowsTheTableWhole() throws {
    try addLeadWithALongStep()
    let screen = try table("followups", columns: 200)
    #expect(
      screen.contains(
        "Dana introduces me to Maria from procurement and to the finance lead by email  ! "))
    #expect(!screen.contains("…"))
  }

  @Test(arguments: [UInt16(80), UInt16(40)])
  func helpWrapsAtWordsWithItsContinuationsIndented(columns: UInt16) throws {
    let session = try start(columns: columns)
    try session.waitFor("advance> ")
    try session.answer("help", thenWaitFor: "Type 'help COMMAND'")
    let listing = session.text.components(separatedBy: "advance> help\n").last ?? ""
    #expect(Self.overlong(listing, columns: Int(columns)) == [], "\(listing)")
    // A summary's continuation starts under the summary, not at the margin.
    let lines = listing.split(separator: "\n").map(String.init)
    let practice = try #require(lines.firstIndex { $0.hasPrefix("  practice ") })
    let column =
      lines[practice].dropFirst(2).drop { $0 != " " }.prefix { $0 == " " }.count + 2
      + "practice".count
    if columns == 40 {
      #expect(lines[practice + 1].prefix(column).allSatisfy { $0 == " " })
      #expect(lines[practice + 1].dropFirst(column).first != " ")
    }
    guard columns == 80 else { return }
    // One command's help, the usage line too (the option lists have words too long for 40).
    try session.answer("help debrief", thenWaitFor: "advance> ", count: 3)
    let help = session.text.components(separatedBy: "advance> help debrief\n").last ?? ""
    #expect(Self.overlong(help, columns: 80) == [], "\(help)")
    #expect(help.contains("USAGE: advance debrief"))
  }

  @Test func aResizeIsHonouredByWhatIsPrintedNext() throws {
    let session = try start(columns: 120)
    try session.waitFor("advance> ")
    try session.answer("help", thenWaitFor: "Type 'help COMMAND'")
    let wide = session.text
    #expect(Self.overlong(wide, columns: 60).count > 0)
    session.resize(columns: 40)
    try session.answer("help", thenWaitFor: "Type 'help COMMAND'", count: 2)
    let narrow = session.text.components(separatedBy: "advance> help\n").last ?? ""
    #expect(Self.overlong(narrow, columns: 40) == [])
  }

  @Test(arguments: [UInt16(80), UInt16(40)])
  func personaScenesAndDrillCardsWrapAtWords(columns: UInt16) throws {
    let practice = try start(["practice"], columns: columns)
    try practice.waitFor("persona> ", timeout: 20)
    try practice.answer("skeptic", thenWaitFor: "> ", count: 2)
    let scene = practice.text
    #expect(scene.contains("Ruth Abernathy"))
    #expect(Self.overlong(scene, columns: Int(columns)) == [], "\(scene)")
    practice.send(signal: SIGTERM)
    _ = try? practice.waitForExit()

    let drill = try start(["drill"], columns: columns)
    try drill.waitFor("reading> ", timeout: 20)
    let card = drill.text
    #expect(Self.overlong(card, columns: Int(columns)) == [], "\(card)")
    // Wrapped at a space: every line break in the card's text falls between whole words.
    #expect(card.contains("commitment, hedge or"))
    drill.send(signal: SIGTERM)
    _ = try? drill.waitForExit()
  }
}
