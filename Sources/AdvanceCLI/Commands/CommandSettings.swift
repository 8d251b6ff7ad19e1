/// The options a command runs with, as `GlobalOptions` parses them from a command line: the
/// journal, the prompts folder, whether to print colour and whether output is for a screen
/// reader.
///
/// A plain value, so the REPL can start with the defaults without asking ArgumentParser to parse
/// an empty command line (which reflects over every option of every command).
public struct CommandSettings: Equatable, Sendable {
  /// The journal file, when given; else the environment's or the default place.
  public var journal: String?
  /// The founder's prompts folder, when given.
  public var prompts: String?
  /// Whether `--no-color` was given.
  public var noColor: Bool
  /// Whether `--accessible` was given.
  public var accessible: Bool

  public init(
    journal: String? = nil, prompts: String? = nil, noColor: Bool = false,
    accessible: Bool = false
  ) {
    self.journal = journal
    self.prompts = prompts
    self.noColor = noColor
    self.accessible = accessible
  }

  /// These settings with those given explicitly by a command line taking precedence.
  public func overridden(by explicit: CommandSettings) -> CommandSettings {
    CommandSettings(
      journal: explicit.journal ?? journal, prompts: explicit.prompts ?? prompts,
      noColor: explicit.noColor || noColor, accessible: explicit.accessible || accessible)
  }
}
