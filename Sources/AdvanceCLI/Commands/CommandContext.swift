import Scoring
import Workflow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a command needs from the process around it: the console, the resolved options, the
/// environment, and a way to read lines from the founder.
///
/// The REPL passes one context to every command it runs, so wizards share its line editor; a
/// command run from the shell makes its own.
public final class CommandContext {
  public let console: Console
  public let environment: [String: String]
  public let options: CommandSettings
  public let isInREPL: Bool
  private var reader: (any LineReader)?
  /// What a context and the copies made for each REPL command share, so work like building the
  /// lexicon is done once per session.
  final class Shared {
    var lexicon: DeferredLexicon?
  }

  private(set) var shared: Shared

  public init(
    console: Console, environment: [String: String], options: CommandSettings,
    reader: (any LineReader)? = nil, isInREPL: Bool = false
  ) {
    self.shared = Shared()
    self.console = console
    self.environment = environment
    self.options = options
    self.reader = reader
    self.isInREPL = isInREPL
  }

  /// Whether output is for a screen reader or braille display (`--accessible`,
  /// `ADVANCE_ACCESSIBLE=1`): plain lines only, no colour, no cursor movement, no charts.
  public var isAccessible: Bool {
    options.accessible || Self.accessibleByEnvironment(environment)
  }

  static func accessibleByEnvironment(_ environment: [String: String]) -> Bool {
    guard let value = environment["ADVANCE_ACCESSIBLE"] else { return false }
    return !["", "0", "false", "no"].contains(value.lowercased())
  }

  /// The context for this process, from its options and environment.
  public static func standard(options: CommandSettings) -> CommandContext {
    let environment = ProcessEnvironment.current()
    let accessible = options.accessible || accessibleByEnvironment(environment)
    let color = TerminalStyle.wantsColor(
      noColorFlag: options.noColor || accessible, environment: environment,
      outputIsTerminal: isatty(STDOUT_FILENO) == 1)
    return CommandContext(
      console: .standard(color: color), environment: environment, options: options)
  }

  /// The line source: the terminal's editor when there is one, else standard input's lines.
  public var lineReader: any LineReader {
    if let reader {
      return reader
    }
    let made: any LineReader
    if isAccessible, isatty(STDIN_FILENO) == 1 {
      made = PlainLineReader(console: console)
    } else {
      made = LineEditor() ?? PipeLineReader()
    }
    reader = made
    return made
  }

  /// This context as the REPL's, reading from `reader`.
  public func inREPL(reader: any LineReader) -> CommandContext {
    let context = CommandContext(
      console: console, environment: environment, options: options, reader: reader, isInREPL: true)
    context.shared = shared
    return context
  }

  /// This context with the options a command line gave explicitly taking precedence.
  public func overriding(with explicit: CommandSettings) -> CommandContext {
    let merged = options.overridden(by: explicit)
    let console =
      (explicit.noColor || explicit.accessible) && self.console.style.isEnabled
      ? Console.standard(color: false) : self.console
    let context = CommandContext(
      console: console, environment: environment, options: merged, reader: reader,
      isInREPL: isInREPL)
    // Other prompt files make another lexicon.
    if explicit.prompts == nil {
      context.shared = shared
    }
    return context
  }
}
