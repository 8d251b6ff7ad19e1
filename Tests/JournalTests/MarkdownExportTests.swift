import Foundation
import TerminalTestSupport
import Testing
import Vocabulary

@testable import Journal

/// The Markdown export as notes a founder keeps: the plan beside the result, questions by their
/// text, notes with their kinds, next steps as a checklist.
@Suite struct MarkdownExportTests {
  /// The lines of one `##` section of `note`, from its heading to the next heading.
  static func section(_ heading: String, in note: String) -> [String] {
    let lines = note.components(separatedBy: "\n")
    guard let start = lines.firstIndex(of: "## " + heading) else { return [] }
    let rest = lines[(start + 1)...]
    let end = rest.firstIndex { $0.hasPrefix("# ") || $0.hasPrefix("## ") } ?? rest.endIndex
    return Array(lines[start..<end])
  }

  @Test func aDebriefAfterAPrepShowsThePlanBesideTheResult() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let note = try week.journal.export(.markdown, lead: week.dana.id)
    #expect(note.hasPrefix("# Dana Reyes — Acme Logistics (Head of Ops)\n\nStage: met\n\n"))
    let debrief = Self.section("Tue 24 Nov 2026 · Debrief", in: note)
    let expected = [
      "## Tue 24 Nov 2026 · Debrief",
      "",
      "**The plan** (from the prep of Fri 20 Nov 2026)",
      "",
      "- **The ask:** Could you sign the order form for a paid pilot by the 14th?",
      "- **If that was too much:** A meeting with your COO next week",
      "- **A yes would sound like:** I'll sign it by Friday",
      "- **A hedge would sound like:** Send me the deck, I'll think about it",
      "- **A no would sound like:** We're not buying this year",
      "",
      "**What happened**",
      "",
      "- **What you asked for:** Will you sign the pilot order form by the 14th?",
      "- **What they said:** Send me the order form, I'll sign it by the 14th",
      "- **The judge's verdict:** commitment · strength 85/100",
      "- **Your verdict:** hedge — you and the judge differ; the judge's stands",
      "- **What it cost them:** money",
      "- **Advanced:** yes",
      "- **Score:** 72/100",
      "- **Heard:** 1 fact · 1 compliment",
      "- **Compared with the plan:** same",
      "",
      "**Notes**",
      "",
      "- *fact* — They spent 4,000 dollars on temps last quarter",
      "- *compliment* — Love the dashboard",
      "- *hypothetical* — If it did invoices they would buy it",
      "- *commitment* — Dana signs the order form by the 14th",
      "",
      "**Also noted**",
      "",
      "- **mood:** upbeat",
      "",
      "**Next steps**",
      "",
      "- [x] I send the order form — owner us, due Wed 25 Nov 2026, done",
      "- [ ] she signs the order form — owner them (Dana), due Mon 14 Dec 2026, costs them"
        + " money, promised",
      "- [ ] we meet her COO — owner them (her COO), due Thu 3 Dec 2026 10:00, costs them"
        + " time, promised",
      "- [ ] a reference call with a customer — owner them, promised",
      "- [ ] a trial on their data — owner them, due Tue 1 Dec 2026, cancelled",
      "",
    ]
    #expect(debrief == expected)
    // Known ids are never shown as ids, nor is the notes answer the scorecard read.
    for id in ["asked", "reply", "fallback", "yes_sounds", "hedge_sounds", "verdict_stands"] {
      #expect(!note.contains("**\(id)"), "\(id)")
    }
    #expect(!note.contains("ignored:"))
  }

  @Test func aPrepListsItsAnswersUnderTheirQuestions() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let note = try week.journal.export(.markdown, lead: week.dana.id)
    #expect(
      Self.section("Fri 20 Nov 2026 · Prep", in: note) == [
        "## Fri 20 Nov 2026 · Prep",
        "",
        "- **Where you were with them:** closing",
        "- **What the ask should cost them:** money",
        "- **The ask:** Could you sign the order form for a paid pilot by the 14th?",
        "- **If that was too much:** A meeting with your COO next week",
        "- **Questions to ask:**",
        "  - When did a shipment last go missing?",
        "  - What did it cost you?",
        "- **A yes would sound like:** I'll sign it by Friday",
        "- **A hedge would sound like:** Send me the deck, I'll think about it",
        "- **A no would sound like:** We're not buying this year",
        "",
      ])
  }

  @Test func withoutAPrepOrAScorecardTheNotesAreListedPlainly() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let note = try week.journal.export(.markdown, lead: week.jordan.id)
    #expect(
      note == """
        # Jordan Lee — Brightside

        Stage: new

        ## Mon 23 Nov 2026 · Debrief

        **The plan** (no prep)

        - **What you wanted to leave with:** An intro to their CFO

        **What happened**

        - **What they said:** Keep me posted
        - **The judge's verdict:** hedge
        - **Your verdict:** not given (the judge's stands)
        - **Advanced:** no
        - **Score:** 30/100

        **Notes**

        - They use spreadsheets
        - Nice demo

        ## Other next steps

        - [ ] I send Jordan the deck — owner us, promised

        """)
  }

  @Test(arguments: [
    (Verdict.commitment, "yours", "commitment (the judge's too)"),
    (Verdict.hedge, "yours", "hedge — you and the judge differ; yours stands"),
    (Verdict.rejection, "judge", "rejection — you and the judge differ; the judge's stands"),
  ])
  func bothVerdictsAreShownAndADifferenceIsSaid(
    yours: Verdict, stands: String, line: String
  ) throws {
    let journal = try TemporaryDirectory().journal()
    var history = try History(journal, name: "Ada")
    var meeting = try history.debrief("2026-11-02", verdict: .commitment)
    meeting.yourVerdict = yours
    _ = try journal.updateMeeting(meeting)
    try journal.recordAnswer(meeting: meeting.id, question: "verdict_stands", value: stands)
    let note = try journal.export(.markdown)
    #expect(note.contains("\n- **The judge's verdict:** commitment\n- **Your verdict:** \(line)\n"))
  }

  @Test(arguments: [
    ("not json", ["- first line", "- second line"]),
    ("{\"facts\":[1,2]}", ["- first line", "- second line"]),
    ("{\"notes\":{\"findings\":\"none\"}}", ["- first line", "- second line"]),
    ("{\"notes\":{\"findings\":[]}}", ["- first line", "- second line"]),
    (
      "{\"notes\":{\"findings\":[{\"kind\":7,\"text\":\"a\"},{\"text\":\"b\"},"
        + "{\"kind\":\"fact\"},{\"kind\":\"idea\",\"text\":\"\\u001b[31mred\"}]}}",
      ["- a", "- b", "- *idea* — ^[[31mred"]
    ),
  ])
  func theScorecardIsReadLeniently(scorecard: String, lines: [String]) throws {
    let journal = try TemporaryDirectory().journal()
    var history = try History(journal, name: "Ada")
    var meeting = try history.debrief("2026-11-02", verdict: .hedge)
    meeting.scorecard = scorecard
    _ = try journal.updateMeeting(meeting)
    try journal.recordAnswer(
      meeting: meeting.id, question: "notes", value: "* first line\r\n\n  - second line  \n")
    let note = try journal.export(.markdown)
    let notes = Self.section("Mon 2 Nov 2026 · Debrief", in: note)
      .drop { $0 != "**Notes**" }.dropFirst(2).prefix { !$0.isEmpty }
    #expect(Array(notes) == lines)
    #expect(!note.unicodeScalars.contains("\u{1B}"))
  }

  @Test func anUnfinishedDebriefAndAnEmptyPrepSayWhatIsMissing() throws {
    let journal = try TemporaryDirectory().journal()
    let lead = try journal.addLead(Lead(name: "Ada"))
    _ = try journal.addMeeting(Meeting(leadId: lead.id, kind: .prep, day: Days.day("2026-11-02")))
    _ = try journal.addMeeting(
      Meeting(leadId: lead.id, kind: .debrief, day: Days.day("2026-11-03")))
    let note = try journal.export(.markdown)
    #expect(note.contains("## Mon 2 Nov 2026 · Prep (unfinished)\n\nNothing written yet.\n"))
    #expect(
      note.contains(
        "## Tue 3 Nov 2026 · Debrief (unfinished)\n\n**The plan** (no prep)\n\n"
          + "- Nothing planned was written down.\n\n**What happened**\n\n- Nothing recorded.\n"))
  }

  @Test func theSameJournalGivesTheSameNotes() throws {
    let week = try ExportWeek(try TemporaryDirectory())
    let note = try week.journal.export(.markdown)
    #expect(try week.journal.export(.markdown) == note)
    #expect(note.hasSuffix("# Sam Okafor\n\nStage: new\n"))
  }
}
