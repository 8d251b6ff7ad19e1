import Foundation

/// What the founder sends back at a question: an answer or a command.
public enum WizardInput: Sendable, Hashable {
  /// An answer (for notes, the lines joined by newlines; empty for "just Return").
  case answer(String)
  /// `:back`: return to the previous answered question, keeping answers.
  case back
  /// `:skip`: leave an optional question unanswered.
  case skip
  /// `:help`: show the question's help.
  case help
  /// `:why`: show why the current step matters.
  case why
  /// `:show`: list the answers so far.
  case show
  /// `:quit`: stop and keep a draft.
  case quit

  /// The commands, as typed, for help screens and completion.
  public static let commands = [":back", ":skip", ":help", ":why", ":show", ":quit"]

  /// Reads a typed line: a command when it is one of ``commands``; `::text` is the answer `:text`.
  ///
  /// - Parameter line: The line as typed.
  /// - Returns: The input, or nil for an unknown `:command`.
  public static func parse(_ line: String) -> WizardInput? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("::") { return .answer(String(trimmed.dropFirst())) }
    guard trimmed.hasPrefix(":"), !trimmed.contains(" "), !trimmed.contains("\n") else {
      return .answer(line)
    }
    switch trimmed.lowercased() {
    case ":back", ":b": return .back
    case ":skip", ":s": return .skip
    case ":help", ":h", ":?": return .help
    case ":why", ":w": return .why
    case ":show": return .show
    case ":quit", ":q": return .quit
    default: return nil
    }
  }
}
