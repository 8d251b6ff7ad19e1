import Foundation
import Journal
import Vocabulary

// Builds a journal of 10,000 leads and 100,000 meetings in a temporary folder and prints the
// median time of the queries behind `advance leads`, `advance followups` and `advance show`, then
// of the whole commands (the release `advance` beside it, started afresh, printing every row).
// Run it in release: `swift run -c release JournalBench [LEADS] [MEETINGS_PER_LEAD]`.

/// A small deterministic generator, so every run measures the same journal.
struct Generator {
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15

  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}

func seconds(_ start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// CPU seconds used by the whole process (GRDB runs queries on its own thread).
func cpuSeconds() -> Double {
  var usage = rusage()
  #if canImport(Glibc)
  getrusage(RUSAGE_SELF.rawValue, &usage)
  #else
  getrusage(RUSAGE_SELF, &usage)
  #endif
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}

/// The median wall-clock and CPU time of `runs` calls.
///
/// On a shared machine the CPU time is the steadier figure: wall time also counts waiting for a
/// core.
func median(runs: Int, _ body: () throws -> Void) rethrows -> (wall: Double, cpu: Double) {
  var walls: [Double] = []
  var cpus: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now()
    let cpuStart = cpuSeconds()
    try body()
    cpus.append(cpuSeconds() - cpuStart)
    walls.append(seconds(start))
  }
  walls.sort()
  cpus.sort()
  return (walls[runs / 2], cpus[runs / 2])
}

func milliseconds(_ value: Double) -> String { String(format: "%8.2f ms", value * 1000) }

func milliseconds(_ value: (wall: Double, cpu: Double)) -> String {
  milliseconds(value.wall) + " wall " + milliseconds(value.cpu) + " cpu"
}

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let leadCount = arguments.first ?? 10_000
let meetingsPerLead = arguments.dropFirst().first ?? 10
let today = JournalDay(year: 2026, month: 11, day: 23) ?? JournalDay(ordinal: 20_415)
// JOURNAL_BENCH_PATH keeps the built journal there and reuses it on the next run.
let keptPath = ProcessInfo.processInfo.environment["JOURNAL_BENCH_PATH"]
let folder = FileManager.default.temporaryDirectory
  .appendingPathComponent("journal-bench-" + UUID().uuidString)
defer { try? FileManager.default.removeItem(at: folder) }
let journal = JournalStore(path: keptPath ?? folder.appendingPathComponent("journal.sqlite").path)
let reuse = keptPath.map { FileManager.default.fileExists(atPath: $0) } ?? false

let base = Date(timeIntervalSince1970: 1_760_000_000)
let verdicts: [Verdict?] = [.commitment, .hedge, .hedge, .rejection, nil]
let statuses: [Commitment.Status] = [.promised, .promised, .done, .broken, .cancelled]

/// A journal's records: `leadCount` leads with `meetingsPerLead` meetings and three steps each.
func makeSnapshot(leads leadCount: Int, meetingsPerLead: Int) -> JournalSnapshot {
  var random = Generator()
  var snapshot = JournalSnapshot()
  for index in 0..<leadCount {
    let created = base.addingTimeInterval(Double(index) * 60)
    let lead = Lead(
      name: "Lead \(index) \(["Ada", "Grace", "Alan", "Edsger"][index % 4])",
      company: "Company \(index % 997)", role: "CTO",
      stage: [LeadStage.new, .piloting, .won][index % 3],
      tags: ["bench"], createdAt: created)
    snapshot.leads.append(lead)
    var prepId: String?
    for number in 0..<meetingsPerLead {
      let day = today.adding(days: -365 + number * 30 + random.next(20))
      let isPrep = number % 2 == 0
      let verdict = isPrep ? nil : verdicts[random.next(verdicts.count)]
      let meeting = Meeting(
        leadId: lead.id, kind: isPrep ? .prep : .debrief, prepId: isPrep ? nil : prepId, day: day,
        status: .done, plannedAsk: "A pilot with two teams", askedCurrency: .time,
        reply: "We could try it next month", verdict: verdict,
        currencies: verdict == .commitment ? [.time] : [], strength: random.next(101),
        score: random.next(101), scorecard: "{\"facts\":2}", complimentCount: random.next(4),
        factCount: random.next(3), earlyvangelistSigns: random.next(6),
        createdAt: created.addingTimeInterval(Double(number) * 3600))
      prepId = isPrep ? meeting.id : nil
      snapshot.meetings.append(meeting)
      snapshot.answers.append(
        Answer(
          meetingId: meeting.id, questionId: "notes",
          value: String(repeating: "They described how they handle it today. ", count: 5),
          answeredAt: meeting.createdAt))
    }
    for number in 0..<3 {
      let status = statuses[random.next(statuses.count)]
      let created = created.addingTimeInterval(Double(number) * 86_400)
      let step = Commitment(
        leadId: lead.id, meetingId: snapshot.meetings.last?.id,
        what: "Send the pilot plan", currency: Currency.allCases[random.next(3)],
        due: DueDate(today.adding(days: random.next(60) - 30)), owner: number == 0 ? .us : .them,
        status: status,
        createdAt: created, updatedAt: created.addingTimeInterval(3600))
      snapshot.commitments.append(step)
      if status != .promised {
        snapshot.commitmentChanges.append(
          CommitmentChange(commitmentId: step.id, status: status, at: step.updatedAt))
      }
    }
  }
  return snapshot
}

var snapshot = makeSnapshot(leads: leadCount, meetingsPerLead: meetingsPerLead)

do {
  var start = DispatchTime.now()
  let summary = reuse ? ImportSummary() : try journal.merge(snapshot)
  if reuse { snapshot = try journal.snapshot() }
  print(
    "built \(leadCount) leads, \(snapshot.meetings.count) meetings, "
      + "\(snapshot.commitments.count) commitments, \(snapshot.answers.count) answers "
      + "in \(String(format: "%.1f", seconds(start))) s (\(summary))")
  journal.close()

  start = DispatchTime.now()
  try journal.open()
  print("open (check + no migration)  " + milliseconds(seconds(start)))

  let runs = Int(ProcessInfo.processInfo.environment["JOURNAL_BENCH_RUNS"] ?? "") ?? 21
  var rows = 0
  let pipeline = try median(runs: runs) { rows = try journal.pipeline(today: today).count }
  print(
    "pipeline (advance leads)     " + milliseconds(pipeline) + "  median of \(runs), \(rows) rows")
  let followups = try median(runs: runs) { rows = try journal.followups(today: today).count }
  print(
    "followups                    " + milliseconds(followups) + "  median of \(runs), \(rows) rows")
  var generator = Generator()
  let timeline = try median(runs: runs) {
    let lead = snapshot.leads[generator.next(snapshot.leads.count)]
    rows = try journal.timeline(lead: lead.id).count
  }
  print(
    "timeline (advance show)      " + milliseconds(timeline)
      + "  median of \(runs), \(rows) entries")
  let find = try median(runs: runs) { _ = try journal.findLead("lead 4321") }
  print("findLead by name prefix      " + milliseconds(find) + "  median of \(runs)")
  let names = try median(runs: runs) { rows = try journal.leadNames().count }
  print(
    "leadNames (tab completion)   " + milliseconds(names) + "  median of \(runs), \(rows) names")
  let answer = try median(runs: runs) {
    try journal.recordAnswer(meeting: snapshot.meetings[0].id, question: "notes", value: "typed")
  }
  print("recordAnswer (one commit)    " + milliseconds(answer) + "  median of \(runs)")
  var usage = rusage()
  getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  print(
    String(
      format: "peak memory (journal built in memory first): %.1f MB",
      Double(usage.ru_maxrss) / 1024))
  journal.close()
  guard let commands = WholeCommands(runs: runs) else {
    print("(no advance binary beside JournalBench: build it with 'swift build -c release')")
    exit(0)
  }
  print("whole commands, started afresh, every row printed to /dev/null, wall-clock medians:")
  try commands.report(journal: journal.path, lead: "Lead 4321", goals: [3, 3, 1.5])

  // A founder's journal: a year or two of meetings.
  let small = JournalStore(path: folder.appendingPathComponent("founder.sqlite").path)
  _ = try small.merge(makeSnapshot(leads: 200, meetingsPerLead: 10))
  small.close()
  print("a founder-sized journal (200 leads, 2,000 meetings):")
  try commands.report(journal: small.path, lead: "Lead 42", goals: [1.3, 1.3, 1.3])

  // The large journal again, built the way a teammate's export arrives: through `import`.
  let exported = folder.appendingPathComponent("export.json")
  try journal.export(.json).write(to: exported, atomically: true, encoding: .utf8)
  journal.close()
  let imported = folder.appendingPathComponent("imported.sqlite").path
  start = DispatchTime.now()
  try commands.run(["import", exported.path], journal: imported)
  let importSeconds = seconds(start)
  // The import leaves a few hundred megabytes for the kernel to write back; reads measured
  // meanwhile wait on that disk traffic, not on the journal (the same instruction counts as the
  // directly built journal's, and up to half again the wall clock).
  sync()
  print(
    "the large journal built through 'advance import' in "
      + String(format: "%.1f s", importSeconds) + ", written back to disk, then:")
  try commands.report(journal: imported, lead: "Lead 4321", goals: [3, 3, 1.5])
} catch {
  print("benchmark failed: \(error)")
  exit(1)
}
