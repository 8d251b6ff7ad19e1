import Journal
import PromptKit

/// Shows a wizard's events at the terminal and reads the founder's answers.
///
/// The engine decides what happens; this type only decides how it looks: step banners, the
/// framework's reason for each step, feedback under the answer, and multi-line notes.
final class WizardPresenter {
  private let console: Console
  private let reader: any LineReader
  /// The date questions asked so far, whose feedback is an echo of the date read.
  private var dateQuestions: Set<String> = []
  /// Where in a call each proposed answer was heard, by question id (`debrief --transcript`).
  var evidence: [String: String] = [:]

  init(console: Console, reader: any LineReader) {
    self.console = console
    self.reader = reader
  }

  private var style: TerminalStyle { console.style }

  /// Prints events; returns the prompt to answer when the last one asks a question.
  func present(_ events: [WizardEvent]) -> Prompt? {
    var pending: Prompt?
    for event in events {
      switch event {
      case .started(let title, let intro, let resumed):
        console.line(
          style.paint(VisibleText.of(title), .bold)
            + (resumed ? "  (picking up where you left off)" : ""))
        if let intro {
          console.line(
            style.paint(console.fit(Self.trimmed(VisibleText.of(intro, layout: .block))), .dim))
        }
      case .stepStarted(let step):
        console.line()
        let heading = "Step \(step.number) of \(step.count) · \(VisibleText.of(step.title))"
        console.line(style.paint(heading, .boldCyan))
        if let why = step.why {
          console.line(
            style.paint(console.fit(Self.trimmed(VisibleText.of(why, layout: .block))), .dim))
        }
      case .asked(let prompt):
        if !prompt.isRepeat { show(prompt) }
        if prompt.kind == .date { dateQuestions.insert(prompt.questionID) }
        pending = prompt
      case .feedback(let questionID, let feedback):
        // A date question's good feedback is the engine's echo of the date: "→ Fri 11 Dec".
        let isEcho = feedback.level == .good && dateQuestions.contains(questionID)
        let (mark, color): (String, TerminalStyle.Color) =
          switch feedback.level {
          case .good: (isEcho ? "→" : "✓", .green)
          case .warning: ("!", .yellow)
          case .problem: ("✗", .red)
          }
        for (index, line) in feedback.lines.enumerated() {
          console.line(
            "  " + style.paint(index == 0 ? mark : " ", color) + " "
              + VisibleText.of(line, layout: .block))
        }
      case .rejected(let reason):
        console.line("  " + style.paint("! " + VisibleText.of(reason, layout: .block), .yellow))
      case .help(let text):
        console.line(
          style.paint(console.fit(Self.trimmed(VisibleText.of(text, layout: .block))), .dim))
        console.line(style.paint(console.fit(Self.commandsHelp), .dim))
      case .why(let text):
        console.line(
          style.paint(console.fit(Self.trimmed(VisibleText.of(text, layout: .block))), .dim))
      case .show(let answers):
        guard !answers.isEmpty else {
          console.line(style.paint("No answers yet.", .dim))
          continue
        }
        for answer in answers {
          console.line("  " + style.paint(VisibleText.of(answer.question), .dim))
          let text = VisibleText.of(answer.answer, layout: .block)
          console.line("    " + text.replacingOccurrences(of: "\n", with: "\n    "))
        }
      case .finished(let result):
        if let summary = result.summary {
          console.line()
          console.line(Self.trimmed(VisibleText.of(summary, layout: .block)))
        }
      case .quit:
        break
      }
    }
    return pending
  }

  /// What `:help` adds to a question's own help: what may be typed instead of an answer.
  static let commandsHelp =
    "Instead of an answer you can type :back (the question before, answers kept), :skip (an"
    + " optional question), :why (why this step matters), :show (your answers so far) or :quit"
    + " (stop and keep a draft to resume). Tab completes choices."

  /// What Ctrl-C at a wizard's prompt says: the line is gone, and how to leave.
  static let interruptHint = "  (the line is dropped; type :quit to stop and keep a draft)"

  /// Text from YAML block scalars, without the line breaks that end it.
  static func trimmed(_ text: String) -> String {
    var text = text
    while text.last?.isNewline == true { text.removeLast() }
    return text
  }

  // A prompt's text may quote answers (`{lead}`) and comes from a prompt file: shown visibly.
  private func show(_ prompt: Prompt) {
    console.line()
    // The question and its hint, fitted together, then painted apart.
    let text = VisibleText.of(prompt.text, layout: .block)
    let hint = prompt.hint.map { "(\(VisibleText.of($0)))" }
    let fitted = console.fit(text + (hint.map { " " + $0 } ?? ""))
    if let hint, fitted.hasSuffix(hint) {
      let question = String(fitted.dropLast(hint.count))
      console.line(style.paint(question, .bold) + style.paint(hint, .dim))
    } else {
      console.line(style.paint(fitted, .bold))
    }
    for (index, choice) in prompt.choices.enumerated() {
      let label = choice.label == choice.key ? "" : "  " + VisibleText.of(choice.label)
      console.line("  \(index + 1). " + style.paint(VisibleText.of(choice.key), .bold) + label)
    }
    if let heard = evidence[prompt.questionID] {
      console.line(style.paint("  From the call: " + VisibleText.of(heard), .dim))
    }
    if let value = prompt.defaultValue, !value.isEmpty, prompt.kind != .notes {
      console.line(style.paint("  Return keeps: \(VisibleText.of(value))", .dim))
    }
    if prompt.kind == .notes {
      console.line(
        style.paint("  (several lines; finish with a line holding only '.', or Ctrl-D)", .dim))
      if let value = prompt.defaultValue, !value.isEmpty {
        // A debrief reopened with --edit or proposed from a call: the lines so far, kept by
        // Return on the first line or a lone '.'.
        console.line(style.paint("  Return (or a line with only '.') keeps:", .dim))
        for line in value.split(separator: "\n", omittingEmptySubsequences: false) {
          console.line(style.paint("    " + VisibleText.of(String(line)), .dim))
        }
      }
    }
  }

  /// Reads the answer to `prompt`.
  ///
  /// - Parameters:
  ///   - prompt: The question being answered.
  ///   - partialNotes: Lines of notes typed before a crash or quit, shown and kept.
  ///   - onNotesLine: Called with the notes so far after every line, so they can be saved
  ///     before the answer is complete.
  /// - Returns: The line (for notes, the lines joined), or nil at the end of input.
  func read(
    _ prompt: Prompt, partialNotes: [String] = [], onNotesLine: ([String]) -> Void = { _ in }
  ) -> String? {
    reader.completionProvider = ClosureCompletionProvider { words in
      guard words.isEmpty else { return [] }
      return WizardInput.commands + prompt.choices.map(\.key)
    }
    defer { reader.completionProvider = nil }
    let marker = style.paintPrompt("›", .boldCyan) + " "
    guard prompt.kind == .notes else {
      while true {
        switch reader.readLine(prompt: marker, kind: .answer) {
        // A pasted answer of several lines is one answer: its lines are joined.
        case .line(let line): return line.split(whereSeparator: \.isNewline).joined(separator: " ")
        case .interrupted:
          console.line(style.paint(Self.interruptHint, .dim))
          continue
        case .endOfInput: return nil
        }
      }
    }
    var lines = partialNotes
    if !lines.isEmpty {
      console.line(style.paint("  (your notes so far are kept; go on typing)", .dim))
      for line in lines { console.line("  " + VisibleText.of(line)) }
    }
    let continuation = style.paintPrompt("·", .dim) + " "
    while true {
      switch reader.readLine(prompt: lines.isEmpty ? marker : continuation, kind: .answer) {
      case .line(let typed):
        // Return alone first keeps the lines offered, as it keeps any other default.
        if lines.isEmpty, typed.isEmpty, prompt.defaultValue?.isEmpty == false { return "" }
        // A paste of several lines is taken line by line, as if each had been typed.
        let pasted = typed.split(separator: "\n", omittingEmptySubsequences: false)
        for part in pasted.map(String.init) {
          if part == "." { return lines.joined(separator: "\n") }
          // A command on the first line is a command, not a note.
          if lines.isEmpty && pasted.count == 1 && part.hasPrefix(":") { return part }
          lines.append(part)
        }
        onNotesLine(lines)
      case .interrupted:
        // Ctrl-C drops the line being typed; the lines already entered stay.
        console.line(style.paint(Self.interruptHint, .dim))
        continue
      case .endOfInput:
        // At a terminal Ctrl-D ends the notes; from a pipe, the input itself has ended.
        if lines.isEmpty && !reader.isInteractive { return nil }
        return lines.joined(separator: "\n")
      }
    }
  }
}
