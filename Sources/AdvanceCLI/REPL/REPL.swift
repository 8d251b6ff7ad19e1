import ArgumentParser
import Workflow

/// The interactive loop: reads command lines, runs them, and keeps going whatever happens.
///
/// One loop serves a terminal and a pipe. At a terminal there is a banner, a prompt, history and
/// completion. In a pipe there are none; errors go to standard error as `line N: …`, and the exit
/// status is 1 when any command failed.
public final class REPL {
  /// What running one line led to.
  enum Outcome: Equatable {
    case done
    case failed(String)
    case quit
  }

  private let context: CommandContext
  private let reader: any LineReader
  private let history: HistoryFile?
  private let tokenizer = CommandLineTokenizer()
  private var lineNumber = 0
  private var historyWarningShown = false

  public init(context: CommandContext, reader: any LineReader) {
    self.context = context.inREPL(reader: reader)
    self.reader = reader
    self.history =
      reader.isInteractive
      ? HistoryFile.defaultPath(environment: context.environment).map(HistoryFile.init) : nil
  }

  private var console: Console { context.console }

  /// Commands that read answers from the lines after them.
  static let wizardCommands: Set<String> = ["prep", "debrief", "practice", "drill"]

  /// Runs until `quit`, Ctrl-D or the end of input.
  ///
  /// - Returns: The exit status: 1 when a command failed in a pipe, else 0.
  public func run() -> Int32 {
    var anyFailed = false
    if reader.isInteractive {
      console.line(
        console.style.paint("advance \(Advance.version)", .bold)
          + " — turn customer meetings into commitments. Type 'help' for commands, 'quit' to leave."
      )
      for line in REPLBanner.agendaLines(context: context) {
        console.line(line)
      }
      loadHistory()
    }
    reader.completionProvider = ClosureCompletionProvider { [context] words in
      REPLCommands.completions(precedingWords: words, context: context)
    }
    while true {
      guard let words = readCommand() else {
        return anyFailed && !reader.isInteractive ? 1 : 0
      }
      guard !words.isEmpty else { continue }
      let outcome = REPLCommands.execute(
        words, context: context, quoting: reader.isInteractive)
      // Output that cannot be written ends the session; the caller says why.
      if StandardOutput.hasFailed { return 1 }
      switch outcome {
      case .done:
        break
      case .quit:
        return anyFailed && !reader.isInteractive ? 1 : 0
      case .failed(let message):
        anyFailed = true
        if reader.isInteractive {
          console.error(message)
        } else {
          console.error("line \(lineNumber): " + message)
          // The lines after a wizard that failed are its answers, maybe private notes: they
          // must not run as commands (nor be quoted in errors).
          if let name = words.first, Self.wizardCommands.contains(name) {
            console.error(
              "line \(lineNumber): '\(name)' did not run, so the lines after it are not run either")
            return 1
          }
        }
      }
    }
  }

  /// Reads one command, asking for more lines while a quote is open.
  ///
  /// - Returns: The words, empty for a blank or cancelled line, nil at the end of input.
  private func readCommand() -> [String]? {
    var text = ""
    var prompt = console.style.paintPrompt("advance", .boldCyan) + "> "
    while true {
      switch reader.readLine(prompt: reader.isInteractive ? prompt : "", kind: .command) {
      case .endOfInput:
        if !text.isEmpty {
          console.error("line \(lineNumber): unterminated quote at the end of input")
        }
        return nil
      case .interrupted:
        return []
      case .line(let line):
        lineNumber += 1
        text += text.isEmpty ? line : "\n" + line
      }
      if let words = FreeTextLine.words(text) {
        record(text)
        return words
      }
      switch tokenizer.split(text) {
      case .words(let words):
        record(text)
        return words
      case .incomplete(let quote):
        if reader.isInteractive && prompt.contains("advance") {
          console.line(
            console.style.paint(
              "  (a \(quote) quote is open: the command goes on until you close it;"
                + " Ctrl-C drops it)", .dim))
        }
        prompt = console.style.paintPrompt("   ...", .dim) + "> "
      }
    }
  }

  private func loadHistory() {
    guard let history, let editor = reader as? LineEditor else { return }
    do {
      editor.seedHistory(try history.load().entries)
    } catch {
      warnAboutHistory(error)
    }
  }

  private func record(_ line: String) {
    guard let history else { return }
    do {
      try history.record(line)
    } catch {
      warnAboutHistory(error)
    }
  }

  private func warnAboutHistory(_ error: PrivateFile.Failure) {
    guard !historyWarningShown else { return }
    historyWarningShown = true
    console.warning("history is not saved: \(error)")
  }
}
