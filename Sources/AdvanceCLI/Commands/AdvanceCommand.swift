import ArgumentParser

/// A command of `advance` that runs the same from the shell and inside the REPL.
///
/// Adding a command is writing one type that conforms to this protocol and naming it in
/// `Advance.commands`; the REPL lists, completes, dispatches and documents it from there.
public protocol AdvanceCommand: ParsableCommand {
  /// The global options as given on this command's line.
  var global: GlobalOptions { get }

  /// The words Tab may complete after the command's name, given the words typed so far.
  static func completions(precedingWords: [String], context: CommandContext) -> [String]

  /// Does the work.
  ///
  /// - Parameter context: The console, options and line source to use.
  /// - Throws: `CommandFailure` when the command ran and failed, or an ArgumentParser error.
  func run(in context: CommandContext) throws
}

extension AdvanceCommand {
  public static func completions(precedingWords: [String], context: CommandContext) -> [String] {
    []
  }

  public mutating func run() throws {
    let context = CommandContext.standard(options: global.settings)
    try context.checkPromptsFolder()
    try run(in: context)
  }
}
