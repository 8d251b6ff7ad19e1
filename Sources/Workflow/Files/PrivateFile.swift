import Diagnostics
import Foundation
import PromptKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files only the user may read: folders 0700, files 0600 whatever the umask, replaced atomically.
public enum PrivateFile {
  /// A file operation that failed, with the path and the system's reason.
  public struct Failure: Error, CustomStringConvertible, Equatable {
    public let path: String
    public let reason: String
    /// Where in the file the problem is, when it has a place (invalid UTF-8, a NUL byte).
    public let location: SourceLocation?

    public var description: String { "\(location?.description ?? path): \(reason)" }

    init(_ path: String, errno code: Int32 = errno) {
      self.path = path
      self.reason = code == EISDIR ? "is a directory, not a file" : String(cString: strerror(code))
      self.location = nil
    }

    init(_ path: String, reason: String) {
      self.path = path
      self.reason = reason
      self.location = nil
    }

    /// A file that was read but cannot be used as text, at the diagnostic's place.
    init(_ path: String, _ problem: Diagnostic) {
      self.path = path
      self.reason = problem.message
      self.location = problem.location
    }
  }

  /// Creates `path` and any missing parents as folders with mode 0700.
  ///
  /// - Throws: `Failure` when a folder cannot be created or a file stands in the way.
  public static func makeDirectory(_ path: String) throws(Failure) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      var info = stat()
      if stat(prefix, &info) == 0 {
        guard info.st_mode & S_IFMT == S_IFDIR else {
          throw Failure(prefix, errno: ENOTDIR)
        }
        continue
      }
      if mkdir(prefix, 0o700) != 0 && errno != EEXIST {
        throw Failure(prefix)
      }
      chmod(prefix, 0o700)
    }
  }

  /// Reads a whole file as UTF-8, repairing invalid bytes; nil when it does not exist.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The most bytes accepted; a larger file is refused without being read whole.
  /// - Returns: The text, or nil when there is no file at `path`.
  /// - Throws: `Failure` when the file exists but cannot be read, is a folder, or is too large.
  public static func read(_ path: String, limit: Int = .max) throws(Failure) -> String? {
    try readData(path, limit: limit).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Reads a whole file as UTF-8 text, refusing invalid UTF-8 and NUL bytes with their place.
  ///
  /// For files a user writes and means as text (prompt files, exports), where repairing a byte
  /// would read something other than what the writer sees.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The most bytes accepted; a larger file is refused without being read whole.
  /// - Returns: The text, or nil when there is no file at `path`.
  /// - Throws: `Failure` when the file cannot be read, is a folder, is too large, or is not text.
  public static func readText(_ path: String, limit: Int = .max) throws(Failure) -> String? {
    guard let data = try readData(path, limit: limit) else { return nil }
    switch SourceText.decode(data, path: path) {
    case .success(let text): return text
    case .failure(let problem): throw Failure(path, problem)
    }
  }

  /// Reads a whole file's bytes; nil when it does not exist.
  ///
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: The most bytes accepted; a larger file is refused without being read whole.
  /// - Returns: The bytes, or nil when there is no file at `path`.
  /// - Throws: `Failure` when the file exists but cannot be read, is a folder, or is too large.
  public static func readData(_ path: String, limit: Int = .max) throws(Failure) -> Data? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { return nil }
      throw Failure(path)
    }
    defer { close(fd) }
    var info = stat()
    if fstat(fd, &info) == 0 {
      if info.st_mode & S_IFMT == S_IFDIR {
        throw Failure(path, errno: EISDIR)
      }
      if info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
        throw Failure(
          path, reason: SourceText.tooLargeMessage(size: Int(info.st_size), limit: limit))
      }
    }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure(path)
      }
      if count == 0 { break }
      data.append(contentsOf: buffer[..<count])
      // A file that grows while it is read, or one that is not a regular file, is capped too.
      if data.count > limit {
        throw Failure(
          path, reason: "file is too large (the limit is \(SourceText.describe(bytes: limit)))")
      }
    }
    return data
  }
}
