/// Where the journal lives when no `--journal` option is given.
public enum JournalLocation {
  /// The journal path for an environment, following DESIGN.md.
  ///
  /// `$ADVANCE_JOURNAL`, else `$XDG_DATA_HOME/advance/journal.sqlite`, else
  /// `$HOME/.local/share/advance/journal.sqlite`. Empty variables count as unset, and a relative
  /// `XDG_DATA_HOME` is ignored as the XDG specification asks.
  ///
  /// - Parameter environment: the process environment (pass `ProcessInfo.processInfo.environment`).
  /// - Returns: the path, or `nil` when none of the three variables gives one.
  public static func resolve(environment: [String: String]) -> String? {
    if let explicit = environment["ADVANCE_JOURNAL"], !explicit.isEmpty {
      return explicit
    }
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return join(data, "advance/journal.sqlite")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".local/share/advance/journal.sqlite")
    }
    return nil
  }

  private static func join(_ folder: String, _ rest: String) -> String {
    folder.hasSuffix("/") ? folder + rest : folder + "/" + rest
  }
}
