import Workflow

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the REPL's command history lives, and how it is read and saved.
///
/// `$XDG_STATE_HOME/advance/history`, else `~/.local/state/advance/history`: a 0600 file in a 0700
/// folder, one command a line, capped, replaced atomically. Each save merges what other `advance`
/// processes saved meanwhile, under a lock (`history.lock` beside it), so REPLs at once lose
/// nothing.
public struct HistoryFile: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The history path for an environment, or nil when neither XDG_STATE_HOME nor HOME is set.
  public static func defaultPath(environment: [String: String]) -> String? {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return state + "/advance/history"
    }
    guard let home = environment["HOME"], !home.isEmpty else {
      return nil
    }
    return home + "/.local/state/advance/history"
  }

  /// The saved history; empty when there is none yet.
  ///
  /// - Throws: `PrivateFile.Failure` when the file exists but cannot be read.
  public func load() throws(PrivateFile.Failure) -> CommandHistory {
    CommandHistory.parse(try PrivateFile.read(path) ?? "")
  }

  /// Records a line and saves the file at once, so a killed terminal keeps it.
  ///
  /// - Throws: `PrivateFile.Failure` when the folder or file cannot be written.
  public func record(_ typed: String) throws(PrivateFile.Failure) {
    var line = typed
    while line.last == " " || line.last == "\t" {
      line.removeLast()
    }
    guard CommandHistory.isRecordable(line) else { return }
    let folder = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
    if !folder.isEmpty {
      try PrivateFile.makeDirectory(folder)
    }
    // Read, merge and replace under a lock, or two REPLs saving at once each drop the
    // other's line. The lock is advisory and best effort: without it the line is still saved.
    let lock = open(path + ".lock", O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
    if lock >= 0 {
      while flock(lock, LOCK_EX) != 0 && errno == EINTR {}
    }
    defer { if lock >= 0 { close(lock) } }
    let merged = CommandHistory.merging(onDisk: try load(), added: [line])
    try PrivateFile.writeAtomically(merged.fileContents, to: path)
  }
}
