import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a journal file can be read but not written, if it cannot.
enum ReadOnlyAccess {
  /// The file's permissions forbid writing; other processes might still write it.
  case file
  /// The disk is mounted read-only: nothing can change the file while we read it.
  case disk

  /// How `path` may be used, or nil when it can be written (or does not exist).
  static func of(_ path: String) -> ReadOnlyAccess? {
    let descriptor = open(path, O_RDWR | O_CLOEXEC)
    if descriptor >= 0 {
      close(descriptor)
      return nil
    }
    switch errno {
    case EROFS: return .disk
    case EACCES, EPERM: return .file
    default: return nil
    }
  }

  /// The name to give SQLite.
  ///
  /// On a read-only disk it cannot make the `-shm` it needs to share the file, so when there
  /// is none it is told the file is immutable (true there) and reads it without one; a `-wal`
  /// left with something in it is read through the `-shm` beside it.
  func sqlitePath(_ path: String) -> String {
    let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal"))?[.size] as? Int
    switch self {
    case .file:
      return path
    case .disk where (wal ?? 0) > 0:
      return path
    case .disk:
      let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
      return "file:" + encoded + "?immutable=1"
    }
  }
}
