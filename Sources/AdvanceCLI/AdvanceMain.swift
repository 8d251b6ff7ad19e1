import ArgumentParser
import CTerminal
import Journal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process entry point: parses the command line, runs, and maps errors to exit statuses
/// (0 ok, 1 problems found, 2 usage, 3 journal unusable).
public enum AdvanceMain {
  public static func main() -> Never {
    StandardOutput.claimClosedDescriptors()
    // At a terminal: restore its settings on crash, stop and termination; Ctrl-C cancels lines.
    advance_terminal_install(STDIN_FILENO)
    // The crash tests' hook: SIGUSR2 then faults on a background thread (docs/reliability.md).
    if getenv("ADVANCE_TEST_FAULT_ON_USR2") != nil {
      advance_terminal_fault_on_usr2()
    }
    let arguments = Array(CommandLine.arguments.dropFirst())
    // The REPL's `version` works from the shell too (ArgumentParser knows only `--version`).
    if arguments == ["version"] {
      Console.standard(color: false).line("advance \(Advance.version)")
      exit(checkedOutput(status: 0))
    }
    do {
      // The REPL, the main job, needs only the default settings: asking ArgumentParser for them
      // (reflecting over every option of every command) would double its start-up.
      if arguments.isEmpty {
        try Advance.runREPL(options: CommandSettings())
        exit(checkedOutput(status: 0))
      }
      var command = try quickParse(arguments) ?? Advance.parseAsRoot(arguments)
      try command.run()
      exit(checkedOutput(status: 0))
    } catch {
      let status = report(error, console: .standard(color: isatty(STDERR_FILENO) == 1))
      exit(checkedOutput(status: status))
    }
  }

  /// The command named first, parsed on its own, when it takes the rest as it stands.
  ///
  /// Parsing from the root makes ArgumentParser reflect over the root and look for a
  /// completion-script request first: a quarter of `advance leads` on a founder's journal.
  /// Whatever the command does not take as it stands (help, a typo, a completion request)
  /// goes through the whole tree, which words the error, the help or the script as before:
  /// a help request parses without an error, as a command of ArgumentParser's own, so only the
  /// command itself (or one of its subcommands) is taken.
  static func quickParse(_ arguments: [String]) -> (any ParsableCommand)? {
    guard let name = arguments.first, !name.hasPrefix("-"),
      let type = Advance.commands.first(where: { $0.configuration.commandName == name }),
      let parsed = try? type.parseAsRoot(Array(arguments.dropFirst())),
      parsed is any AdvanceCommand
    else { return nil }
    return parsed
  }

  /// `status`, or 1 with a message when standard output did not take everything written.
  static func checkedOutput(status: Int32) -> Int32 {
    guard let failure = StandardOutput.failure() else { return status }
    Console.standard(color: isatty(STDERR_FILENO) == 1).error(failure)
    return status == 0 ? 1 : status
  }

  /// Prints what went wrong and returns the exit status for it.
  static func report(_ error: any Error, console: Console) -> Int32 {
    if let failure = error as? CommandFailure {
      console.error(failure.message)
      return failure.status
    }
    // A journal error a command did not turn into a failure of its own still means the
    // journal is unusable: one `error:` line and status 3, as everywhere else; but a refused
    // change left it fine (status 1).
    if let failure = error as? JournalError {
      console.error(failure.description)
      return failure.isRefusal ? 1 : 3
    }
    let code = Advance.exitCode(for: error)
    let message = Advance.fullMessage(for: error)
    if code == .success {
      console.line(message)
      return 0
    }
    if !message.isEmpty {
      // ArgumentParser says "Error: "; every other error of advance says "error: ".
      let plain = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : nil
      if let plain {
        console.error(REPLCommands.lowercasedFirst(plain))
      } else {
        console.errorText(message + "\n")
      }
    }
    return code == .validationFailure ? 2 : code.rawValue
  }
}
