import ArgumentParser
import CTerminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `advance` with no subcommand: the REPL.
public struct Advance: ParsableCommand {
  public static let version = "0.1.0"

  public static let configuration = CommandConfiguration(
    commandName: "advance",
    abstract: "Turn customer meetings into commitments: prep, debrief, practice the ask.",
    discussion: """
      With no command, starts an interactive session (type 'help' there). \
      Exit status: 0 ok, 1 the command found problems, 2 usage, 3 journal unusable.
      """,
    version: version,
    // Each element upcast statically: converting the array as a whole casts every element at
    // run time, a conformance lookup per command on every start.
    subcommands: commands.map { command -> any ParsableCommand.Type in command }
  )

  @OptionGroup public var global: GlobalOptions

  public init() {}

  public func run() throws {
    try Self.runREPL(options: global.settings)
  }

  /// Runs the REPL with `options`: `advance` with no arguments, which `AdvanceMain` starts
  /// without parsing the whole command tree.
  static func runREPL(options: CommandSettings) throws {
    let context = CommandContext.standard(options: options)
    try context.checkPromptsFolder()
    let reader = context.lineReader
    let status = REPL(context: context, reader: reader).run()
    if status != 0 {
      throw ExitCode(status)
    }
  }
}
