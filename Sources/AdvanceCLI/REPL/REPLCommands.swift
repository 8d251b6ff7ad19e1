import ArgumentParser
import Diagnostics
import Journal
import PromptKit

/// The REPL's dispatch: its own words (`help`, `version`, `quit`, `exit`) and every command of
/// `Advance.commands`, parsed by ArgumentParser exactly as on the shell.
enum REPLCommands {
  static let builtIns: [(name: String, abstract: String)] = [
    ("help", "List the commands, or show one command's options: help [COMMAND]."),
    ("version", "Print the version."),
    ("quit", "Leave (also: exit, Ctrl-D)."),
  ]

  static var commandNames: [String] {
    Advance.commands.map { $0._commandName }
  }

  static var allNames: [String] {
    builtIns.map(\.name) + ["exit"] + commandNames
  }

  static func command(named name: String) -> (any AdvanceCommand.Type)? {
    Advance.commands.first { $0._commandName == name }
  }

  /// Runs one line's words.
  ///
  /// - Parameters:
  ///   - words: The line's words.
  ///   - context: Where the command runs.
  ///   - quoting: Whether an unknown command's word may be repeated in the error. In a script it
  ///     is not: the line may be a wizard's answer, a private note, that reached the REPL.
  /// - Returns: What the line led to.
  static func execute(_ words: [String], context: CommandContext, quoting: Bool = true)
    -> REPL.Outcome
  {
    guard let name = words.first else { return .done }
    switch name {
    case "quit", "exit":
      return .quit
    case "version":
      context.console.line("advance \(Advance.version)")
      return .done
    case "help":
      return help(Array(words.dropFirst()), context: context, quoting: quoting)
    default:
      break
    }
    guard command(named: name) != nil else {
      return .failed(unknownCommandMessage(name, quoting: quoting))
    }
    do {
      let parsed = try Advance.parseAsRoot(words)
      if let command = parsed as? any AdvanceCommand {
        let context = context.overriding(with: command.global.settings)
        try context.checkPromptsFolder()
        try command.run(in: context)
      } else {
        var other = parsed
        try other.run()
      }
      return .done
    } catch let failure as CommandFailure {
      return .failed(failure.message)
    } catch let failure as JournalError {
      return .failed(failure.description)
    } catch {
      if Advance.exitCode(for: error) == .success {
        context.console.line(Advance.fullMessage(for: error))
        return .done
      }
      return .failed(Self.lowercasedFirst(Advance.message(for: error)))
    }
  }

  static func unknownCommandMessage(_ name: String, quoting: Bool = true) -> String {
    var message =
      quoting ? "unknown command '\(Self.printable(name))'" : "not a command"
    if let suggestion = suggestion(for: name) {
      message += " (did you mean '\(suggestion)'?)"
    }
    return message + "; type 'help' for the list"
  }

  /// The command a mistyped name most likely meant: one it starts, else the closest by edit
  /// distance (PromptKit's rule, as for every "did you mean" in advance).
  static func suggestion(for name: String) -> String? {
    let lowered = name.lowercased()
    if !lowered.isEmpty, let prefixed = allNames.filter({ $0.hasPrefix(lowered) }).min() {
      return prefixed
    }
    return Suggestion.closest(to: name, in: allNames)
  }

  /// ArgumentParser's messages start with a capital ("Missing expected argument"); after
  /// `error:` ours do not.
  static func lowercasedFirst(_ message: String) -> String {
    guard let first = message.first, first.isUppercase,
      message.dropFirst().first.map({ !$0.isUppercase }) ?? true
    else { return message }
    return first.lowercased() + message.dropFirst()
  }

  /// `text` with control characters shown as escapes, so odd input cannot garble the terminal.
  static func printable(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control && scalar != "\n" {
        result += "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func help(_ topics: [String], context: CommandContext, quoting: Bool = true)
    -> REPL.Outcome
  {
    let console = context.console
    guard let topic = topics.first else {
      console.line("Commands:")
      let rows =
        Advance.commands.map { ($0._commandName, $0.configuration.abstract) }
        + builtIns.map { ($0.name, $0.abstract) }
      let width = (rows.map(\.0.count).max() ?? 0) + 2
      for (name, abstract) in rows {
        let padding = String(repeating: " ", count: width - name.count)
        let text = console.width.map {
          TextWrap.hanging(abstract, width: $0 - 1, indent: width + 2)
        }
        console.line("  " + console.style.paint(name, .bold) + padding + (text ?? abstract))
      }
      console.line(console.fit("Type 'help COMMAND' for its options. Tab completes; Up recalls."))
      return .done
    }
    if let builtIn = builtIns.first(where: { $0.name == topic }) {
      console.line("\(builtIn.name): \(builtIn.abstract)")
      return .done
    }
    guard let command = command(named: topic) else {
      return .failed(unknownCommandMessage(topic, quoting: quoting))
    }
    let message = Advance.helpMessage(for: command, columns: console.width)
    // ArgumentParser wraps descriptions but not the usage line.
    console.line(console.width.map { TextWrap.longLines(message, width: $0 - 1) } ?? message)
    return .done
  }

  /// What Tab offers for the words typed so far.
  static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    guard let first = precedingWords.first else {
      return allNames
    }
    if first == "help" && precedingWords.count == 1 {
      return builtIns.map(\.name) + commandNames
    }
    guard let command = command(named: first) else { return [] }
    return command.completions(
      precedingWords: Array(precedingWords.dropFirst()), context: context)
  }
}
