import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fresh folder for one test, removed when the value goes away.
public final class TemporaryDirectory {
  public let path: String

  public init() throws {
    var template = Array("/tmp/advance-test-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else {
      throw TerminalSession.Failure.system("mkdtemp", errno)
    }
    path = String(cString: made)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `data` to the file `name` in this folder.
  ///
  /// - Returns: the file's path.
  @discardableResult
  public func write(_ name: String, _ data: Data) throws -> String {
    let file = path + "/" + name
    try data.write(to: URL(fileURLWithPath: file))
    return file
  }

  /// The environment a test program runs in: its HOME and XDG folders inside this one, a UTF-8
  /// locale and a common terminal type.
  public func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "HOME": path,
      "XDG_STATE_HOME": path + "/state",
      "XDG_DATA_HOME": path + "/data",
      "XDG_CONFIG_HOME": path + "/config",
      "LANG": "C.UTF-8",
      "TERM": "xterm",
      "PATH": "/usr/bin:/bin",
      "SWIFT_BACKTRACE": "enable=no",
    ]
    environment.merge(extra) { $1 }
    return environment
  }
}
