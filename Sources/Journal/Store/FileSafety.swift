import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates the journal's folder and file with private permissions, whatever the umask.
enum FileSafety {
  /// Creates every missing folder on the way to `path`'s parent as 0700.
  ///
  /// Existing folders keep their permissions: `$ADVANCE_JOURNAL` may point into a shared folder
  /// such as `/tmp`, which is not ours to change.
  static func prepareFolder(for path: String) throws(JournalError) {
    let folder = (path as NSString).deletingLastPathComponent
    guard !folder.isEmpty else { return }
    var missing: [String] = []
    var current = folder
    while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
      missing.append(current)
      current = (current as NSString).deletingLastPathComponent
    }
    for directory in missing.reversed() {
      if mkdir(directory, 0o700) != 0, errno != EEXIST {
        throw .cannotOpen(path: path, reason: "cannot create folder \(directory): \(errorText())")
      }
      // mkdir's mode is filtered by the umask; set it explicitly.
      _ = chmod(directory, 0o700)
    }
  }

  /// Creates the database file as 0600 if it does not exist.
  ///
  /// SQLite gives `-wal` and `-shm` the mode of the database file, so they follow.
  static func createFile(at path: String) throws(JournalError) {
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    if descriptor < 0 {
      if errno == EEXIST { return }
      throw .cannotOpen(path: path, reason: errorText())
    }
    defer { close(descriptor) }
    if fchmod(descriptor, 0o600) != 0 {
      throw .cannotOpen(path: path, reason: errorText())
    }
  }

  /// Removes group and other permissions from the database and its `-wal` and `-shm` files,
  /// where the path names them and, for a symlinked journal, where SQLite really keeps them:
  /// beside the file the link leads to.
  ///
  /// Only tightens, and only files owned by this user.
  static func tighten(_ path: String) {
    var paths = [path]
    if let resolved = realpath(path, nil) {
      let real = String(cString: resolved)
      free(resolved)
      if real != path { paths.append(real) }
    }
    for file in paths.flatMap({ [$0, $0 + "-wal", $0 + "-shm"] }) {
      var info = stat()
      guard stat(file, &info) == 0, info.st_uid == geteuid(), info.st_mode & 0o077 != 0 else {
        continue
      }
      _ = chmod(file, info.st_mode & 0o700)
    }
  }

  private static func errorText() -> String { String(cString: strerror(errno)) }
}
