import ArgumentParser
import Calls
import Foundation
import Journal
import PromptKit
import Scoring
import Workflow

/// `advance debrief [LEAD] [--answers FILE]`: right after the meeting.
struct DebriefCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "debrief",
    abstract: "Right after a meeting: what you asked, what they said, and what it means.",
    discussion: """
      At any question: :back, :skip, :help, :why, :show, :quit (keeps a draft to resume). \
      With --answers FILE (a YAML map from question id to answer: lead, planned, asked, reply, \
      notes, next_steps, …) it runs without a terminal and prints the summary. `next_steps` is a \
      list of {what, owner, due} or one step per line; `planned` and `verdict` may be left out. \
      With --transcript FILE every answer is proposed from the call, with where it was heard: \
      Return keeps it, anything typed replaces it. The call's text is kept only with \
      --keep-transcript.
      """
  )

  @OptionGroup var global: GlobalOptions

  @Argument(
    help: ArgumentHelp("Who the meeting was with (asked when left out).", valueName: "lead"))
  var lead: [String] = []

  @Option(help: ArgumentHelp("Answers by question id, in a YAML file.", valueName: "file"))
  var answers: String?

  @Flag(
    help: "Reopen the lead's last debrief with every answer as its default, and replace it.")
  var edit = false

  @Option(
    help: ArgumentHelp(
      "The call's transcript: every answer is proposed from it.", valueName: "file"))
  var transcript: String?

  @Option(
    name: .customLong("me"),
    help: ArgumentHelp("With --transcript, a speaker on your side (repeatable).", valueName: "name")
  )
  var me: [String] = []

  @Flag(help: "With --transcript, keep the call's text in the journal with the debrief.")
  var keepTranscript = false

  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    precedingWords.isEmpty
      ? context.leadNamesForCompletion() + ["--answers", "--transcript"] : []
  }

  func run(in context: CommandContext) throws {
    let launcher = WizardLauncher(name: "debrief", kind: .debrief, context: context)
    if let transcript {
      guard answers == nil, !edit else {
        throw CommandFailure(
          "--transcript proposes the answers at the terminal; leave out --answers and --edit",
          status: 2)
      }
      try runFromCall(transcript, launcher: launcher, context: context)
      return
    }
    if keepTranscript || !me.isEmpty {
      throw CommandFailure("--me and --keep-transcript go with --transcript FILE", status: 2)
    }
    guard let answers else {
      try launcher.run(leadWords: lead, checks: context.checks(), edit: edit)
      return
    }
    if edit {
      throw CommandFailure("--edit reopens a debrief at the terminal; leave out --answers")
    }
    try runUnattended(answersPath: answers, launcher: launcher, context: context)
  }

  private func runUnattended(
    answersPath: String, launcher: WizardLauncher, context: CommandContext
  ) throws {
    let finished = try UnattendedWizard(launcher: launcher, context: context)
      .run(
        answersPath: answersPath, leadWords: lead, adapting: Self.withSteps,
        plan: { try Self.plan(of: $0, context: context) })
    let result = finished.result
    let plan = finished.plan
    let rules = MeetingRecord(
      lexicon: try context.lexicon(), context: AnswerContext(now: context.now))
    let card = rules.scorecard(result.answers)
    ScoringPresenter(console: context.console).show(card, debriefAnswers: result.answers)
    try record(result, plan: plan, rules: rules, scorecard: card, context: context)
  }

  /// The debrief wizard with every answer proposed from the call: the transcript is read (and
  /// refused with its diagnostics) before anything is asked or stored.
  private func runFromCall(
    _ path: String, launcher: WizardLauncher, context: CommandContext
  ) throws {
    let loader = CallLoader(context: context)
    let (call, text) = try loader.transcript(path)
    let me = self.me
    let keep = keepTranscript
    try launcher.run(leadWords: lead, checks: context.checks()) { lead, journal in
      let parties = try loader.parties(call, me: me, journal: journal)
      // A journal error here ends the command with status 3, as any in the wizard does.
      let plan = try PrepPlan.latest(lead: lead.id, in: journal)
      let questions = plan?.questions ?? []
      let reading = CallReader(lexicon: try context.lexicon()).read(
        call, parties: parties, stage: CallDebrief.stage(prep: plan, lead: lead.stage),
        day: context.today, planned: questions)
      return CallProposal(
        debrief: CallDebrief(reading, plannedQuestions: questions), transcript: keep ? text : nil)
    }
  }

  /// An answers file written for the single `next_step` (and `next_step_date`) of earlier
  /// versions, as the `next_steps` the debrief asks now.
  static func withSteps(_ file: AnswersFile) -> AnswersFile {
    guard file["next_steps"] == nil, let step = file["next_step"] else { return file }
    var converted = file
    converted.entries.removeAll { $0.id == "next_step" || $0.id == "next_step_date" }
    guard !step.value.allSatisfy(\.isWhitespace) else { return converted }
    var merged = step
    merged.id = "next_steps"
    if let date = file["next_step_date"], !date.value.allSatisfy(\.isWhitespace) {
      merged.value += " | " + date.value
    }
    converted.entries.append(merged)
    return converted
  }

  /// The latest prep of the lead of that exact name, when the journal has one (nothing is
  /// created here).
  private static func plan(of name: String?, context: CommandContext) throws -> PrepPlan? {
    guard let name, let path = context.journalPath, FileManager.default.fileExists(atPath: path)
    else { return nil }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      guard let lead = try journal.lead(named: name) else { return nil }
      return try PrepPlan.latest(lead: lead.id, in: journal)
    } catch {
      throw CommandFailure(error.description, status: 3)
    }
  }

  /// Saves an unattended debrief to the journal like one typed at the terminal.
  private func record(
    _ result: WizardResult, plan: PrepPlan?, rules: MeetingRecord, scorecard: Scorecard,
    context: CommandContext
  ) throws {
    guard let name = result.answers["lead"] else { return }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      let lead = try context.findOrAddLead(name, in: journal)
      let meeting = try journal.addMeeting(
        Meeting(
          leadId: lead.id, kind: .debrief,
          prepId: plan?.meeting.leadId == lead.id ? plan?.meeting.id : nil,
          day: context.today))
      for (id, value) in result.answers.sorted(by: { $0.key < $1.key }) {
        try journal.recordAnswer(meeting: meeting.id, question: id, value: value)
      }
      try rules.store(meeting, answers: result.answers, scorecard: scorecard, in: journal)
    } catch let error as JournalError {
      throw CommandFailure(error.description, status: 3)
    }
  }
}
