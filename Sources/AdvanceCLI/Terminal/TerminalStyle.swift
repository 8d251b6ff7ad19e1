/// Colours for the terminal, or none: off when `NO_COLOR` is set, `--no-color` is given, or
/// standard output is not a terminal.
public struct TerminalStyle: Sendable {
  /// libedit's marker around prompt characters that take no room on screen.
  public static let nonPrintingMarker: Character = "\u{1}"

  public let isEnabled: Bool

  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// Whether colour is wanted, from the flag, the environment and the output.
  public static func wantsColor(
    noColorFlag: Bool, environment: [String: String], outputIsTerminal: Bool
  ) -> Bool {
    if noColorFlag || !outputIsTerminal { return false }
    if let value = environment["NO_COLOR"], !value.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  public enum Color: String, Sendable {
    case bold = "1"
    case dim = "2"
    case red = "31"
    case green = "32"
    case yellow = "33"
    case cyan = "36"
    case boldCyan = "1;36"
    case boldRed = "1;31"
  }

  /// `text` in `color`, for ordinary output.
  public func paint(_ text: String, _ color: Color) -> String {
    guard isEnabled else { return text }
    return "\u{1B}[\(color.rawValue)m\(text)\u{1B}[0m"
  }

  /// `text` in `color` for a libedit prompt: the escape codes are marked as taking no room, so
  /// the cursor lands where it should.
  public func paintPrompt(_ text: String, _ color: Color) -> String {
    guard isEnabled else { return text }
    let marker = Self.nonPrintingMarker
    return "\(marker)\u{1B}[\(color.rawValue)m\(marker)\(text)\(marker)\u{1B}[0m\(marker)"
  }
}
