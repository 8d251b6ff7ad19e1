import ArgumentParser

/// The options every command takes, as DESIGN.md lists them.
public struct GlobalOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The journal file (default: $ADVANCE_JOURNAL, else $XDG_DATA_HOME/advance/journal.sqlite).",
      valueName: "path"))
  public var journal: String?

  @Option(
    help: ArgumentHelp(
      "A folder whose prompt files override the bundled ones (default: $ADVANCE_PROMPTS, else "
        + "$XDG_CONFIG_HOME/advance/prompts).",
      valueName: "dir"))
  public var prompts: String?

  @Flag(name: .customLong("no-color"), help: "Print without colour (also: NO_COLOR=1).")
  public var noColor = false

  @Flag(
    help: ArgumentHelp(
      "Plain lines for screen readers: no colour, no cursor moves, choices as numbered lines "
        + "(also: ADVANCE_ACCESSIBLE=1)."))
  public var accessible = false

  public init() {}

  /// What was parsed, as the plain value commands run with.
  public var settings: CommandSettings {
    CommandSettings(journal: journal, prompts: prompts, noColor: noColor, accessible: accessible)
  }
}
