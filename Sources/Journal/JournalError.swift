import GRDB

/// Why the journal cannot be used, or refused a change; the CLI exits with status 3 on any of
/// these but a `refused` change (status 1: the journal is fine, the change would have broken
/// it).
///
/// Descriptions are one line naming the file and a hint. They never carry text the founder typed:
/// GRDB hides statement arguments unless asked, and nothing here asks.
public enum JournalError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Why a write did not reach the disk.
  public enum WriteFailure: String, Equatable, Sendable {
    /// The disk (or quota) is full.
    case diskFull = "the disk is full"
    /// The file, its folder or the file system is read-only.
    case readOnly = "the journal is read-only"
    /// The operating system reported an I/O error.
    case ioError = "an I/O error occurred"
  }

  /// The file exists but is not an SQLite database.
  case notADatabase(path: String)
  /// SQLite reports the database image as malformed.
  case corrupt(path: String)
  /// The file is shorter than its own header says: it was cut off.
  case truncated(path: String)
  /// A valid SQLite database, but someone else's: it has tables and is not an `advance` journal.
  case foreign(path: String)
  /// The journal was written by a newer `advance` with a schema this binary does not know.
  case newerSchema(path: String, found: Int, supported: Int)
  /// Another process held the journal for longer than the busy timeout.
  case locked(path: String, seconds: Double)
  /// A write failed; everything committed before it is still there.
  case writeFailed(path: String, reason: WriteFailure)
  /// The file or its folder could not be created or opened.
  case cannotOpen(path: String, reason: String)
  /// Any other SQLite failure, with SQLite's result code and message (which never quotes values).
  case sqlite(path: String, code: Int32, message: String)
  /// A change to a lead was refused; nothing was written.
  case refused(path: String, reason: Refusal)

  /// Why a change to a lead was refused.
  public enum Refusal: Equatable, Sendable {
    /// Another lead (this id) already has the name, ignoring case.
    case nameTaken(byLead: String)
    /// No lead has this id (it was deleted, or merged into another).
    case noSuchLead(id: String)
    /// A lead cannot be merged into itself.
    case mergeIntoItself
    /// A lead's name cannot be empty.
    case emptyName

    /// What was refused, in words that never quote a name.
    var text: String {
      switch self {
      case .nameTaken(let id): "another lead (\(id.prefix(8))) already has that name"
      case .noSuchLead(let id): "no lead has the id \(id.prefix(8))"
      case .mergeIntoItself: "a lead cannot be merged into itself"
      case .emptyName: "a lead's name cannot be empty"
      }
    }
  }

  /// The journal file the error is about.
  public var path: String {
    switch self {
    case .notADatabase(let path), .corrupt(let path), .truncated(let path), .foreign(let path),
      .newerSchema(let path, _, _), .locked(let path, _), .writeFailed(let path, _),
      .cannotOpen(let path, _), .sqlite(let path, _, _), .refused(let path, _):
      return path
    }
  }

  /// One line: what is wrong with which file, and what to do.
  public var description: String {
    let untouched = "it was left untouched"
    let elsewhere = "move it aside or choose another file with --journal or ADVANCE_JOURNAL"
    switch self {
    case .notADatabase(let path):
      return "journal \(path) is not an SQLite database; \(untouched) (\(elsewhere))"
    case .corrupt(let path):
      return
        "journal \(path) is corrupt; \(untouched) (keep a copy, try `sqlite3 \(path) .recover`, "
        + "or \(elsewhere))"
    case .truncated(let path):
      return
        "journal \(path) is truncated (shorter than its header says); \(untouched) "
        + "(restore it from a backup, or \(elsewhere))"
    case .foreign(let path):
      return
        "\(path) is an SQLite database of another program, not an advance journal; "
        + "\(untouched) (\(elsewhere))"
    case .newerSchema(let path, let found, let supported):
      return
        "journal \(path) has schema version \(found), newer than the \(supported) this advance "
        + "knows; it was left untouched (upgrade advance)"
    case .locked(let path, let seconds):
      let shown = seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
      return
        "journal \(path) stayed locked by another process for \(shown) s; nothing was lost "
        + "(close the other advance and try again)"
    case .writeFailed(let path, let reason):
      return
        "could not write journal \(path): \(reason.rawValue); the last change was not saved, "
        + "nothing saved before is lost (free space or fix permissions, then try again)"
    case .cannotOpen(let path, let reason):
      return "cannot open journal \(path): \(reason) (check the folder and its permissions)"
    case .sqlite(let path, let code, let message):
      return "journal \(path): SQLite error \(code): \(message)"
    case .refused(let path, let reason):
      return "journal \(path): \(reason.text); nothing was changed"
    }
  }

  /// Whether the journal is fine and only refused a change (the CLI's exit status 1, not 3).
  public var isRefusal: Bool {
    if case .refused = self { return true }
    return false
  }

  /// Whether the same write may succeed later (once space is freed or a lock released).
  public var isRetryable: Bool {
    switch self {
    case .locked, .writeFailed: true
    default: false
    }
  }

  /// Maps a GRDB error on the journal at `path` to the error the founder sees.
  static func from(_ error: any Error, path: String, busyTimeout: Double) -> JournalError {
    if let error = error as? JournalError { return error }
    if error is StoredValue.Invalid { return .corrupt(path: path) }
    guard let error = error as? DatabaseError else {
      return .sqlite(path: path, code: -1, message: String(describing: type(of: error)))
    }
    switch error.resultCode {
    case .SQLITE_NOTADB: return .notADatabase(path: path)
    case .SQLITE_CORRUPT: return .corrupt(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .locked(path: path, seconds: busyTimeout)
    case .SQLITE_FULL: return .writeFailed(path: path, reason: .diskFull)
    case .SQLITE_READONLY, .SQLITE_PERM: return .writeFailed(path: path, reason: .readOnly)
    case .SQLITE_IOERR: return .writeFailed(path: path, reason: .ioError)
    case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: "SQLite cannot open the file")
    default:
      return .sqlite(path: path, code: error.resultCode.rawValue, message: error.message ?? "")
    }
  }
}
