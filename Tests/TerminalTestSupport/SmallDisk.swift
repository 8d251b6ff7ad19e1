import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small tmpfs the test can fill up, to see what a full disk does; only where the test may
/// mount one (root on Linux, as in CI).
public final class SmallDisk {
  public let path: String
  private let folder: TemporaryDirectory

  /// Mounts a tmpfs of `kilobytes`, or returns nil when this machine does not allow it.
  public init?(kilobytes: Int) {
    guard let folder = try? TemporaryDirectory() else { return nil }
    self.folder = folder
    path = folder.path + "/disk"
    guard mkdir(path, 0o700) == 0,
      Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0700", "tmpfs", path])
    else { return nil }
  }

  deinit {
    _ = Self.run("/bin/umount", ["-l", path])
  }

  /// Whether this machine lets a test mount a tmpfs.
  public static let isAvailable: Bool = SmallDisk(kilobytes: 64) != nil

  /// Remounts the disk read-only, or writable again.
  ///
  /// - Returns: Whether the remount worked.
  @discardableResult
  public func remount(readOnly: Bool) -> Bool {
    Self.run("/bin/mount", ["-o", readOnly ? "remount,ro" : "remount,rw", path])
  }

  /// Writes a filler file until the disk refuses another byte.
  public func fill() {
    let fd = open(path + "/filler", O_WRONLY | O_CREAT | O_APPEND, 0o600)
    guard fd >= 0 else { return }
    defer { close(fd) }
    let chunk = [UInt8](repeating: 0x2E, count: 4096)
    for size in [4096, 512, 1] {
      while chunk.withUnsafeBytes({ write(fd, $0.baseAddress, size) }) == size {}
    }
  }

  /// Deletes the filler.
  public func free() {
    unlink(path + "/filler")
  }

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    guard FileManager.default.isExecutableFile(atPath: tool) else { return false }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return false
    }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
