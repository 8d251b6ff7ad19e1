extension TemporaryDirectory {
  /// Starts the built `advance` under a pseudo-terminal, in this folder's environment with
  /// `extra` added, and waits until it shows `marker` and its line editor reads keys (a key
  /// sent before that would race it); a nil `marker` waits for nothing.
  ///
  /// - Throws: `AdvanceBinary.Failure` when there is no up-to-date binary;
  ///   `TerminalSession.Failure` when it cannot start or `marker` does not come.
  public func start(
    _ arguments: [String] = [], environment extra: [String: String] = [:], columns: UInt16 = 100,
    waitFor marker: String? = "advance> "
  ) throws -> TerminalSession {
    let session = try TerminalSession(
      executable: try AdvanceBinary.require(), arguments: arguments,
      environment: environment(extra), columns: columns)
    if let marker {
      try session.waitFor(marker)
      try session.waitForEditing()
    }
    return session
  }
}
