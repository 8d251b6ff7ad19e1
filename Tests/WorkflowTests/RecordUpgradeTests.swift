import Foundation
import GRDB
import Journal
import PromptKit
import Scoring
import TerminalTestSupport
import Testing
import Vocabulary
import Workflow

/// The package root, found from this file's place.
private let packageRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled lexicon, loaded once.
let bundledLexicon: Lexicon = {
  let (sources, _) = LexiconLoader.sources(
    in: packageRoot.appendingPathComponent("prompts/lexicon"))
  return LexiconLoader.load(sources).lexicon
}()

/// An instant written as the journal writes it.
func stamp(_ text: String) -> Date? {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
  return formatter.date(from: text)
}

extension TemporaryDirectory {
  /// A journal file holding the frozen v4 week, not yet opened by the journal.
  func v4Journal() throws -> String {
    let file = path + "/journal.sqlite"
    let queue = try DatabaseQueue(path: file)
    try queue.inDatabase { db in try db.execute(sql: V4Fixture.sql) }
    try queue.close()
    return file
  }
}

/// A journal written by v4 tells one story after the upgrade: advancement, owners and counts
/// recomputed from the answers it kept.
@Suite struct RecordUpgradeTests {
  let record = MeetingRecord(
    lexicon: bundledLexicon,
    context: AnswerContext(now: stamp("2026-11-27T09:00:00.000Z") ?? Date()))

  private func upgraded(_ scratch: TemporaryDirectory) throws -> JournalStore {
    let journal = JournalStore(path: try scratch.v4Journal())
    #expect(try journal.appliedMigrations().contains("v5-meeting-record"))
    #expect(try journal.needsRejudging())
    #expect(try record.rejudgeWaiting(in: journal) == 3)
    #expect(!(try journal.needsRejudging()))
    return journal
  }

  private func debrief(_ journal: JournalStore, _ lead: String) throws -> Meeting {
    try #require(try journal.meetings(lead: lead).last { $0.kind == .debrief })
  }

  @Test func aClearNoDidNotAdvanceAndOurThankYouIsOurs() throws {
    let scratch = try TemporaryDirectory()
    let journal = try upgraded(scratch)
    let maria = try debrief(journal, "lead-maria")
    #expect(maria.verdict == .rejection && maria.yourVerdict == .rejection)
    #expect(maria.advanced == false)
    // Fluff and a hypothetical are not compliments: one compliment, not three.
    #expect(maria.complimentCount == 1)
    let step = try #require(try journal.commitment(id: "c-maria"))
    #expect(step.owner == .us && step.currency == nil)
  }

  @Test func aHedgeTheFounderCalledACommitmentKeepsBothReadings() throws {
    let scratch = try TemporaryDirectory()
    let journal = try upgraded(scratch)
    let jordan = try debrief(journal, "lead-jordan")
    #expect(jordan.verdict == .hedge)
    #expect(jordan.yourVerdict == .commitment)
    // v4's screens kept the judge's reading; without the founder choosing, it stands.
    #expect(jordan.advanced == false)
    // "Send Jordan the deck" is our homework: done, but no kept promise of Jordan's.
    let step = try #require(try journal.commitment(id: "c-jordan"))
    #expect(step.owner == .us)
    let row = try #require(
      try journal.pipeline(today: JournalDay(ordinal: 20_784)).first { $0.lead.id == "lead-jordan" }
    )
    #expect(row.strongestKept == nil)
    #expect(row.lastMeetingAdvanced == false)
  }

  @Test func theDatedCommitmentAdvancedAndDevOwnsHisStep() throws {
    let scratch = try TemporaryDirectory()
    let journal = try upgraded(scratch)
    let dana = try debrief(journal, "lead-dana")
    #expect(dana.verdict == .commitment && dana.advanced == true)
    let step = try #require(try journal.commitment(id: "c-dana"))
    #expect(step.owner == .them && step.person == "Dev")
    #expect(step.due == DueDate("2026-12-14") && step.status == .promised)
    // A step recorded outside a debrief keeps the person v4 named as its owner.
    let intro = try #require(try journal.commitment(id: "c-dana-intro"))
    #expect(intro.owner == .them && intro.person == "Dana" && intro.status == .done)
    let today = try #require(JournalDay(year: 2026, month: 11, day: 27))
    let row = try #require(try journal.pipeline(today: today).first { $0.lead.id == "lead-dana" })
    #expect(row.lastMeetingAdvanced == true)
    #expect(row.nextStep?.id == "c-dana")
    #expect(row.strongestKept?.id == "c-dana-intro")
    #expect(row.lead.stage == .met)
  }

  @Test func theUpgradeKeepsWhenThingsHappened() throws {
    let scratch = try TemporaryDirectory()
    let journal = try upgraded(scratch)
    let maria = try debrief(journal, "lead-maria")
    #expect(maria.updatedAt == stamp("2026-11-23T10:05:00.000Z"))
    let step = try #require(try journal.commitment(id: "c-maria"))
    #expect(step.updatedAt == stamp("2026-11-24T08:00:00.000Z"))
    journal.close()
  }
}
