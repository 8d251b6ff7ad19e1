/// A plain-text record of a wizard run: what was asked, what was typed, what came back.
///
/// Used by golden tests and by non-interactive runs; terminal presenters draw their own layout.
public struct Transcript: Sendable, Hashable {
  /// The lines so far.
  public private(set) var lines: [String] = []

  /// Creates an empty transcript.
  public init() {}

  /// The transcript as text, ending with a newline.
  public var text: String { lines.map { $0 + "\n" }.joined() }

  /// Records events from the engine.
  public mutating func record(_ events: [WizardEvent]) {
    for event in events {
      record(event)
    }
  }

  /// Records what the founder typed.
  public mutating func recordInput(_ input: String) {
    let inputLines = input.split(separator: "\n", omittingEmptySubsequences: false)
    for line in inputLines {
      lines.append(line.isEmpty ? ">" : "> \(line)")
    }
  }

  /// Records one event.
  public mutating func record(_ event: WizardEvent) {
    switch event {
    case .started(let title, let intro, let resumed):
      lines.append("# \(title)\(resumed ? " (resumed)" : "")")
      if let intro { lines += indented(intro, "  ") }
    case .stepStarted(let step):
      lines.append("")
      lines.append("## \(step.number)/\(step.count) \(step.title)")
      if let why = step.why { lines += indented(why, "  why: ") }
    case .asked(let prompt):
      var line = "? \(prompt.text)"
      if let hint = prompt.hint { line += " (\(hint))" }
      if let value = prompt.defaultValue {
        let lines = value.split(separator: "\n")
        line += " [\(lines.first ?? "")\(lines.count > 1 ? " …" : "")]"
      }
      if prompt.isRepeat { line = "? again: \(prompt.questionID)" }
      lines.append(line)
      if !prompt.isRepeat {
        for (index, choice) in prompt.choices.enumerated() {
          lines.append("  \(index + 1)) \(choice.key): \(choice.label)")
        }
      }
    case .feedback(_, let feedback):
      let mark =
        switch feedback.level {
        case .good: "+"
        case .warning: "!"
        case .problem: "x"
        }
      lines += feedback.lines.map { "  \(mark) \($0)" }
    case .rejected(let reason):
      lines.append("  ! \(reason)")
    case .help(let text):
      lines += indented(text, "  help: ")
    case .why(let text):
      lines += indented(text, "  why: ")
    case .show(let answers):
      lines += answers.map { "  \($0.questionID): \($0.answer)" }
    case .finished(let result):
      lines.append("")
      lines.append("-- finished --")
      if let summary = result.summary {
        lines += summary.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      }
    case .quit:
      lines.append("-- quit (draft kept) --")
    }
  }

  private func indented(_ text: String, _ prefix: String) -> [String] {
    let pad = String(repeating: " ", count: prefix.count)
    return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      index, line in (index == 0 ? prefix : pad) + line
    }
  }
}
