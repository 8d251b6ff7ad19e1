import ArgumentParser

extension CommandConfiguration {
  /// The configuration of one of `advance`'s commands.
  ///
  /// It names `advance` as the command's super-command: `AdvanceMain.quickParse` parses a
  /// command line with the command named first as the root, and ArgumentParser then neither
  /// looks for a completion-script request (two more parsers built by reflection, a sixth of
  /// `advance show`'s instructions) nor forgets the tool's name in the command's usage.
  /// Parsed from `Advance`, the real root, the command's help is the same.
  static func command(
    commandName: String, abstract: String, discussion: String = "",
    subcommands: [any ParsableCommand.Type] = []
  ) -> CommandConfiguration {
    CommandConfiguration(
      commandName: commandName, _superCommandName: Advance.configuration.commandName ?? "advance",
      abstract: abstract, discussion: discussion, subcommands: subcommands)
  }
}
